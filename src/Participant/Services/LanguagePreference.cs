using Microsoft.JSInterop;
using OffeneVersammlung.Contracts.Languages;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The chosen language, persisted in localStorage as its tag. It is read once at start-up (Program.cs);
/// changing it saves and reloads, so every screen starts in it.
/// </summary>
public sealed class LanguagePreference(BrowserStorage storage)
{
    public const string Key = "ov.lang";

    /// <summary>Read from storage once in the browser before the app starts; German while prerendering.</summary>
    public static UiLanguage Startup { get; set; } = UiLanguages.Default;

    /// <summary>The languages the switch offers: the pseudo-locale too when the host's page says its switch is on.</summary>
    public static IReadOnlyList<UiLanguage> Offered { get; set; } = UiLanguages.All;

    public UiLanguage Current { get; private set; } = Startup;

    /// <summary>The languages this page's switch offers.</summary>
    public IReadOnlyList<UiLanguage> Choices { get; private set; } = Offered;

    /// <summary>
    /// The language of a stored value: a tag of <paramref name="offered"/>, or the enum name an older
    /// version stored ("De", "En", "Easy"); German for anything else.
    /// </summary>
    public static UiLanguage Parse(string? stored, IReadOnlyList<UiLanguage> offered)
    {
        var tag = stored?.Trim() switch
        {
            var old when string.Equals(old, "Easy", StringComparison.OrdinalIgnoreCase) => UiLanguages.Easy.Tag,
            var other => other,
        };
        return offered.FirstOrDefault(l => string.Equals(l.Tag, tag, StringComparison.OrdinalIgnoreCase)) ?? UiLanguages.Default;
    }

    /// <summary>
    /// The language a phone starts in: its stored choice, kept from any earlier visit; on the first
    /// visit (nothing stored, or a language no longer offered) the browser's, from its Accept-Language
    /// header; German when the browser asks for none of ours.
    /// </summary>
    public static UiLanguage Choose(string? stored, string? acceptLanguage, IReadOnlyList<UiLanguage> offered)
    {
        var kept = Parse(stored, offered);
        return kept != UiLanguages.Default || IsGerman(stored) ? kept : AcceptLanguage.Pick(acceptLanguage, offered) ?? UiLanguages.Default;
    }

    private static bool IsGerman(string? stored) =>
        string.Equals(stored?.Trim(), UiLanguages.Default.Tag, StringComparison.OrdinalIgnoreCase);

    /// <summary>Is the page's root told that the host offers the pseudo-locale (<c>data-pseudo-locale="on"</c>)?</summary>
    public static IReadOnlyList<UiLanguage> OfferedBy(string? pseudoLocaleAttribute) =>
        pseudoLocaleAttribute == "on" ? [.. UiLanguages.All, UiLanguages.Pseudo] : UiLanguages.All;

    public void Use(UiLanguage language) => Current = language;

    /// <summary>
    /// For a phone running in a circuit, which starts without this browser's storage: takes whether the
    /// pseudo-locale is offered and the browser's Accept-Language (the root's attributes, as
    /// <see cref="CircuitStart"/> read them) and the stored choice, as Program.cs does before a WebAssembly phone starts (statics there are one phone's; on the
    /// server they would be every phone's), and sets the page's root without waiting for the browser.
    /// </summary>
    public async ValueTask StartInCircuitAsync(string? pseudoLocaleAttribute, string? acceptLanguage, IJSRuntime js)
    {
        ArgumentNullException.ThrowIfNull(js);
        Choices = OfferedBy(pseudoLocaleAttribute);
        Current = Choose(await storage.GetAsync(Key), acceptLanguage, Choices);
        BrowserCalls.Unawaited(js.InvokeVoidAsync("document.documentElement.setAttribute", "lang", Current.HtmlLang));
        BrowserCalls.Unawaited(js.InvokeVoidAsync("document.documentElement.setAttribute", "dir", Current.Dir));
    }

    public async ValueTask SaveAsync(UiLanguage language)
    {
        Current = language;
        await storage.SetAsync(Key, language.Tag);
    }
}
