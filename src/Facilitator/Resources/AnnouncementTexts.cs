using System.Globalization;
using System.Resources;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Engine.Announcements;

namespace OffeneVersammlung.Facilitator.Resources;

/// <summary>
/// The invitation's words in one language (AnnouncementTexts.resx: German; .en, .de-x-ls: English and Leichte
/// Sprache): the public page, the info screen, poster and flyer, the calendar file and the console's panel.
/// Weekdays and months come from the resources, so a date reads the same on every server.
/// </summary>
public sealed class AnnouncementTexts
{
    private const string BaseName = "OffeneVersammlung.Facilitator.Resources.AnnouncementTexts";
    private static readonly ResourceManager German = new(BaseName, typeof(AnnouncementTexts).Assembly);

    private readonly ResourceManager _resources;

    private AnnouncementTexts(UiLanguage language)
    {
        Language = language;
        _resources = language == UiLanguages.Default ? German : new ResourceManager($"{BaseName}.{language.Tag}", typeof(AnnouncementTexts).Assembly);
    }

    /// <summary>The registered languages the invitation speaks (an embedded <c>AnnouncementTexts.{tag}.resources</c>), German first.</summary>
    public static IReadOnlyList<UiLanguage> Languages { get; } =
        [.. UiLanguages.All.Where(l => l == UiLanguages.Default || typeof(AnnouncementTexts).Assembly.GetManifestResourceInfo($"{BaseName}.{l.Tag}.resources") is not null)];

    public UiLanguage Language { get; }

    /// <summary>The text in this language; a key it lacks is said in German.</summary>
    public string this[string name] => _resources.GetString(name, CultureInfo.InvariantCulture) ?? German.GetString(name, CultureInfo.InvariantCulture) ?? name;

    /// <summary>The texts in <paramref name="tag"/>'s language, or the next along its fallback chain that the invitation speaks.</summary>
    public static AnnouncementTexts For(string? tag) => new(
        UiLanguages.FallbackChain(UiLanguages.Of(tag)).Select(t => Languages.FirstOrDefault(l => l.Tag == t)).OfType<UiLanguage>().FirstOrDefault()
        ?? UiLanguages.Default);

    /// <summary>
    /// The texts for the console's panel in the screens' language: the made-up test language too, which the host
    /// offers only where its PseudoLocale setting is on (the public page asks <see cref="For"/>, which never gives it).
    /// </summary>
    public static AnnouncementTexts ForScreens(UiLanguage language) =>
        language == UiLanguages.Pseudo && typeof(AnnouncementTexts).Assembly.GetManifestResourceInfo($"{BaseName}.{language.Tag}.resources") is not null
            ? new(language)
            : For(language.Tag);

    public string Format(string name, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, this[name], arguments);

    /// <summary>"Donnerstag, 3. Dezember 2026", in the offset the date carries.</summary>
    public string Date(DateTimeOffset at) => Format(
        "DateLong",
        this["Weekday" + (int)at.DayOfWeek],
        at.Day,
        this["Month" + at.Month],
        at.Year);

    /// <summary>"18:00 Uhr".</summary>
    public string Time(DateTimeOffset at) => Format("Time", at.ToString("HH:mm", CultureInfo.InvariantCulture));

    public string DateAndTime(DateTimeOffset at) => Format("DateAndTime", Date(at), Time(at));

    /// <summary>The plain words for a part of the evening.</summary>
    public string Step(Phase phase) => this["Step" + phase];

    /// <summary>"Jeden ersten Donnerstag im Monat", from the date the series was announced with.</summary>
    public string Series(SeriesRule rule, DateTimeOffset announced)
    {
        ArgumentNullException.ThrowIfNull(rule);
        var weekday = this["Weekday" + (int)announced.DayOfWeek];
        return rule.Repeat == Repeat.Weekly
            ? Format("SeriesWeekly", weekday)
            : Format("SeriesMonthly", this["Week" + Math.Min(5, ((announced.Day - 1) / 7) + 1)], weekday);
    }
}
