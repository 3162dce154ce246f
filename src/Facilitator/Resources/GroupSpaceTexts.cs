using System.Globalization;
using System.Resources;
using OffeneVersammlung.Contracts.Languages;

namespace OffeneVersammlung.Facilitator.Resources;

/// <summary>
/// The group space's words in one language (GroupSpaceTexts.resx: German; .en, .de-x-ls, .tr, .ar, .uk): the members'
/// page, the public profile, the calendar and the paper cards. Embedded by tag like the invitation's texts, and dates
/// are written with the invitation's weekday and month names, so both pages say a date the same way.
/// </summary>
public sealed class GroupSpaceTexts
{
    private const string BaseName = "OffeneVersammlung.Facilitator.Resources.GroupSpaceTexts";
    private static readonly ResourceManager German = new(BaseName, typeof(GroupSpaceTexts).Assembly);

    private readonly ResourceManager _resources;
    private readonly AnnouncementTexts _dates;

    private GroupSpaceTexts(UiLanguage language)
    {
        Language = language;
        _resources = language == UiLanguages.Default ? German : new ResourceManager($"{BaseName}.{language.Tag}", typeof(GroupSpaceTexts).Assembly);
        _dates = AnnouncementTexts.For(language.Tag);
    }

    /// <summary>The registered languages the space speaks, German first.</summary>
    public static IReadOnlyList<UiLanguage> Languages { get; } =
        [.. UiLanguages.All.Where(l => l == UiLanguages.Default || typeof(GroupSpaceTexts).Assembly.GetManifestResourceInfo($"{BaseName}.{l.Tag}.resources") is not null)];

    public UiLanguage Language { get; }

    /// <summary>The text in this language; a key it lacks is said in German.</summary>
    public string this[string name] => _resources.GetString(name, CultureInfo.InvariantCulture) ?? German.GetString(name, CultureInfo.InvariantCulture) ?? name;

    /// <summary>The texts in <paramref name="tag"/>'s language, or the next along its fallback chain that the space speaks.</summary>
    public static GroupSpaceTexts For(string? tag) => new(
        UiLanguages.FallbackChain(UiLanguages.Of(tag)).Select(t => Languages.FirstOrDefault(l => l.Tag == t)).OfType<UiLanguage>().FirstOrDefault()
        ?? UiLanguages.Default);

    public string Format(string name, params object[] arguments) => string.Format(CultureInfo.InvariantCulture, this[name], arguments);

    public string Date(DateTimeOffset at) => _dates.Date(at);

    public string DateAndTime(DateTimeOffset at) => _dates.DateAndTime(at);
}
