using System.Globalization;
using System.Resources;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Facilitator.Resources;

/// <summary>
/// The exports' labels in one language (ExportTexts.resx: German, the neutral one; ExportTexts.{tag}.resx:
/// every other language the exports speak). Dates are written with fixed patterns from the resources,
/// so the output does not depend on the server's culture data.
/// </summary>
public sealed class ExportTexts
{
    private static readonly ResourceManager Resources = new("OffeneVersammlung.Facilitator.Resources.ExportTexts", typeof(ExportTexts).Assembly);

    private readonly CultureInfo _culture;
    private readonly TimeZoneInfo _zone;

    private ExportTexts(UiLanguage language, TimeZoneInfo zone)
    {
        Language = language.Tag;
        HtmlLang = language.HtmlLang;
        Dir = language.Dir;
        // German is the neutral resources: read without a culture, so no culture data is involved.
        _culture = language == UiLanguages.Default ? CultureInfo.InvariantCulture : ResourceLanguages.CultureOf(language)!;
        _zone = zone;
    }

    /// <summary>The registered languages the exports are written in, German first.</summary>
    public static IReadOnlyList<UiLanguage> Languages { get; } = [.. UiLanguages.All.Where(l => ResourceLanguages.Speaks(Resources, l))];

    /// <summary>The tag of the language the export is written in (one of <see cref="Languages"/>).</summary>
    public string Language { get; }

    /// <summary>The HTML export's <c>lang</c>.</summary>
    public string HtmlLang { get; }

    /// <summary>The HTML export's <c>dir</c>: "rtl" for Arabic.</summary>
    public string Dir { get; }

    public string this[string name] => Resources.GetString(name, _culture) ?? name;

    /// <summary>
    /// The exports in <paramref name="language"/> (a tag, regional forms included), or in the next
    /// language along its fallback chain the exports speak, German in the end. <paramref name="zone"/>
    /// is where the evening took place (the host's zone): the times the server recorded are shown in it.
    /// </summary>
    public static ExportTexts For(string? language, TimeZoneInfo? zone = null) => new(LanguageFor(language), zone ?? TimeZoneInfo.Utc);

    /// <summary>The language an export asked for in <paramref name="language"/> is written in.</summary>
    public static UiLanguage LanguageFor(string? language) =>
        UiLanguages.FallbackChain(UiLanguages.Of(language)).Select(t => Languages.FirstOrDefault(l => l.Tag == t)).OfType<UiLanguage>().FirstOrDefault()
        ?? UiLanguages.Default;

    public string Format(string name, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, this[name], arguments);

    /// <summary>The date as it was entered (in its own offset), e.g. 26.11.2026.</summary>
    public string Date(DateTimeOffset value) => value.ToString(this["DateFormat"], CultureInfo.InvariantCulture);

    /// <summary>A time someone entered (start, next meeting), in the offset it was entered with.</summary>
    public string DateTime(DateTimeOffset value) => value.ToString(this["DateTimeFormat"], CultureInfo.InvariantCulture);

    /// <summary>A time the server recorded (opened, closed, exported), in the evening's time zone.</summary>
    public string RecordedTime(DateTimeOffset value) => DateTime(TimeZoneInfo.ConvertTime(value, _zone));

    /// <summary>"1 Person", "3 Personen".</summary>
    public string People(int count) => count == 1 ? this["OnePerson"] : Format("MemberCount", count);

    /// <summary>The label of a mood step; <paramref name="index"/> 0 is the lowest, as in <c>MoodBoard.MoodCounts</c>.</summary>
    public string Mood(int index) => this["Mood" + (index + 1).ToString(CultureInfo.InvariantCulture)];

    public string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}
