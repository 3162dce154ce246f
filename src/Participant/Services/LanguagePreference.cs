using System.Globalization;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The chosen language, persisted in localStorage. The culture is set once at start-up (Program.cs),
/// before Blazor loads the satellite resources of that culture; changing it saves and reloads.
/// </summary>
public sealed class LanguagePreference(BrowserStorage storage)
{
    public const string Key = "ov.lang";

    /// <summary>Read from storage once in the browser before the app starts; German while prerendering.</summary>
    public static Language Startup { get; set; } = Language.De;

    public Language Current { get; private set; } = Startup;

    public static Language Parse(string? stored) => Enum.TryParse<Language>(stored, ignoreCase: true, out var language) ? language : Language.De;

    public static CultureInfo CultureOf(Language language) => language == Language.En ? new CultureInfo("en") : new CultureInfo("de");

    /// <summary>The language tag for the page's lang attribute.</summary>
    public string Tag => Current == Language.En ? "en" : "de";

    /// <summary>Text direction; every language here is left-to-right, the layout is ready for "rtl".</summary>
    public string Direction => "ltr";

    public void Use(Language language) => Current = language;

    public async ValueTask SaveAsync(Language language)
    {
        Current = language;
        await storage.SetAsync(Key, language.ToString());
    }
}
