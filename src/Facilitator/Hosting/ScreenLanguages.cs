using System.Globalization;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Contracts.Languages;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>
/// The facilitator's and projector's language: German unless the person chose English on this
/// device (a cookie). The browser's language is not asked: German is the default on purpose.
/// </summary>
public static class ScreenLanguages
{
    public const string German = "de";
    public const string English = "en";
    private static readonly string[] Supported = [German, English];

    public static IServiceCollection AddScreenLanguages(this IServiceCollection services) => services.AddLocalization();

    public static WebApplication UseScreenLanguages(this WebApplication app)
    {
        var supported = SupportedBy(app.Services.GetRequiredService<IOptions<OffeneVersammlungOptions>>().Value);
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(German)
            .AddSupportedCultures(supported)
            .AddSupportedUICultures(supported);
        options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        app.UseRequestLocalization(options);
        return app;
    }

    /// <summary>
    /// <c>GET /language/{tag}?back=/path</c> remembers the choice and returns to the (local) page. The
    /// browser keeps the link's fragment across the redirect, so a secret link stays whole.
    /// </summary>
    public static IEndpointRouteBuilder MapLanguageSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/language/{tag}", (string tag, string? back, HttpResponse response, IOptions<OffeneVersammlungOptions> settings) =>
        {
            if (!SupportedBy(settings.Value).Contains(tag, StringComparer.Ordinal))
            {
                return Results.NotFound();
            }

            response.Cookies.Append(
                CookieRequestCultureProvider.DefaultCookieName,
                CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(CultureInfo.GetCultureInfo(tag))),
                new CookieOptions { MaxAge = TimeSpan.FromDays(365), SameSite = SameSiteMode.Lax, HttpOnly = true, IsEssential = true });
            return Results.LocalRedirect(IsLocal(back) ? back! : "/");
        });
        return endpoints;
    }

    /// <summary>The screen's language, for the page's lang and dir: the pseudo-locale when the switch let it be chosen.</summary>
    public static UiLanguage Current =>
        string.Equals(CultureInfo.CurrentUICulture.Name, UiLanguages.Pseudo.Tag, StringComparison.OrdinalIgnoreCase) ? UiLanguages.Pseudo : UiLanguages.Of(CurrentTag);

    public static string CurrentTag => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == English ? English : German;

    private static string[] SupportedBy(OffeneVersammlungOptions options) => options.PseudoLocale ? [.. Supported, UiLanguages.Pseudo.Tag] : Supported;

    private static bool IsLocal(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'));
}
