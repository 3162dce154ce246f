using Microsoft.JSInterop;
using OffeneVersammlung.Contracts.Languages;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The phone's language. The person chooses it on the page's switch, a plain GET of the page (<c>?lang=</c>) that the
/// host answers by keeping the tag in a cookie and rendering every later page in it, with script or without (issue 12).
/// The host tells a running app that choice on the page's root (<c>data-chosen-language</c>); the app also keeps it in
/// localStorage, where choices made before the cookie existed live. It is chosen once at start-up (Program.cs, or
/// <see cref="StartInCircuitAsync"/>), so every screen starts in it.
/// </summary>
public sealed class LanguagePreference(BrowserStorage storage)
{
    public const string Key = "ov.lang";

    /// <summary>The query parameter of the page's switch: <c>?lang=tag</c>.</summary>
    public const string SwitchQuery = "lang";

    /// <summary>Chosen once in the browser before the app starts; on the server each request's page sets its own (<see cref="StartOnPage"/>).</summary>
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
    public static UiLanguage Parse(string? stored, IReadOnlyList<UiLanguage> offered) => Find(stored, offered) ?? UiLanguages.Default;

    /// <summary>The language of a stored or asked-for value among <paramref name="offered"/>, as <see cref="Parse"/> reads it; null for anything else.</summary>
    public static UiLanguage? Find(string? value, IReadOnlyList<UiLanguage> offered)
    {
        ArgumentNullException.ThrowIfNull(offered);
        var tag = value?.Trim() switch
        {
            var old when string.Equals(old, "Easy", StringComparison.OrdinalIgnoreCase) => UiLanguages.Easy.Tag,
            var other => other,
        };
        return offered.FirstOrDefault(l => string.Equals(l.Tag, tag, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>
    /// The language a phone starts in: its kept choice, from any earlier visit; on the first
    /// visit (nothing kept, or a language no longer offered) the browser's, from its Accept-Language
    /// header; German when the browser asks for none of ours.
    /// </summary>
    public static UiLanguage Choose(string? kept, string? acceptLanguage, IReadOnlyList<UiLanguage> offered) =>
        Find(kept, offered) ?? AcceptLanguage.Pick(acceptLanguage, offered) ?? UiLanguages.Default;

    /// <summary>
    /// The language a running phone starts in, from the choice the page's cookie holds (<paramref name="chosen"/>, as the
    /// host wrote it on the root) and the stored one; the storage is made to agree with the cookie.
    /// </summary>
    public static async ValueTask<UiLanguage> StartAsync(BrowserStorage storage, string? chosen, string? acceptLanguage, IReadOnlyList<UiLanguage> offered)
    {
        ArgumentNullException.ThrowIfNull(storage);
        var stored = await storage.GetAsync(Key);
        // The cookie wins: every choice is made on the page's switch, which the host answers by setting the cookie, with
        // script or without, so the cookie holds the choice made last. A stored choice without a cookie was made before
        // the switch set one: still the person's, so it is kept. The storage follows the cookie, so the two never disagree.
        var fromCookie = Find(chosen, offered);
        if (fromCookie is not null && !string.Equals(stored, fromCookie.Tag, StringComparison.Ordinal))
        {
            storage.Write(Key, fromCookie.Tag);
        }

        return fromCookie ?? Choose(stored, acceptLanguage, offered);
    }

    /// <summary>Is the page's root told that the host offers the pseudo-locale (<c>data-pseudo-locale="on"</c>)?</summary>
    public static IReadOnlyList<UiLanguage> OfferedBy(string? pseudoLocaleAttribute) => Offering(pseudoLocaleAttribute == "on");

    /// <summary>The languages a phone's switch offers: the pseudo-locale only where the host's setting lets it be chosen.</summary>
    public static IReadOnlyList<UiLanguage> Offering(bool pseudoLocale) =>
        pseudoLocale ? [.. UiLanguages.All, UiLanguages.Pseudo] : UiLanguages.All;

    public void Use(UiLanguage language) => Current = language;

    /// <summary>While the host renders a page: its language and its switch's languages, before anything on it renders.</summary>
    public void StartOnPage(PageLanguage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        Choices = page.Offered;
        Current = page.Language;
    }

    /// <summary>
    /// For a phone running in a circuit, which starts without this browser's storage: takes whether the
    /// pseudo-locale is offered, the cookie's choice and the browser's Accept-Language (the root's attributes, as
    /// <see cref="CircuitStart"/> read them) and the stored choice, as Program.cs does before a WebAssembly phone starts (statics there are one phone's; on the
    /// server they would be every phone's), and sets the page's root without waiting for the browser.
    /// </summary>
    public async ValueTask StartInCircuitAsync(string? pseudoLocaleAttribute, string? chosen, string? acceptLanguage, IJSRuntime js)
    {
        ArgumentNullException.ThrowIfNull(js);
        Choices = OfferedBy(pseudoLocaleAttribute);
        Current = await StartAsync(storage, chosen, acceptLanguage, Choices);
        BrowserCalls.Unawaited(js.InvokeVoidAsync("document.documentElement.setAttribute", "lang", Current.HtmlLang));
        BrowserCalls.Unawaited(js.InvokeVoidAsync("document.documentElement.setAttribute", "dir", Current.Dir));
    }
}
