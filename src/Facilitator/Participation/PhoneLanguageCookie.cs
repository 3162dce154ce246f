using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// The language a phone chose on its switch, kept where the host sees it before any script runs (issue 12): a
/// first-party cookie under <c>/join</c> that holds only the language's tag (no identifier, nothing to track), for a
/// year, sent along when the phone follows a link from elsewhere (SameSite=Lax: the QR code's link is one). Read by
/// the host only (HttpOnly): the running app learns the choice from the page's root.
/// </summary>
public static class PhoneLanguageCookie
{
    public const string Name = LanguagePreference.Key;

    private static readonly TimeSpan Kept = TimeSpan.FromDays(365);

    /// <summary>The languages a phone's switch offers on this host (<see cref="LanguagePreference.Offering"/>).</summary>
    public static IReadOnlyList<UiLanguage> Offered(OffeneVersammlungOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return LanguagePreference.Offering(options.PseudoLocale);
    }

    /// <summary>
    /// The page's language for this request: the cookie's choice, else the browser's Accept-Language (never Leichte
    /// Sprache: a person chooses that), else German. A cookie naming no offered language counts as none.
    /// </summary>
    public static PageLanguage Of(HttpContext context, IReadOnlyList<UiLanguage> offered)
    {
        ArgumentNullException.ThrowIfNull(context);
        var chosen = LanguagePreference.Find(context.Request.Cookies[Name], offered);
        var language = chosen ?? LanguagePreference.Choose(null, context.Request.Headers.AcceptLanguage.ToString(), offered);
        return new PageLanguage(language, chosen, offered);
    }

    public static void Remember(HttpContext context, UiLanguage language)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(language);
        context.Response.Cookies.Append(Name, language.Tag, new CookieOptions
        {
            Path = PhoneCookies.Path,
            MaxAge = Kept,
            SameSite = SameSiteMode.Lax,
            Secure = context.Request.IsHttps,
            HttpOnly = true,
            IsEssential = true,
        });
    }
}
