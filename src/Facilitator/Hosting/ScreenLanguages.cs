using System.Globalization;
using System.Resources;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>
/// The facilitator's and projector's language: German unless the person chose another on this device
/// (a cookie). The browser's language is not asked: German is the default on purpose. The languages
/// offered are the registered ones (<see cref="UiLanguages"/>) that have the console's and the
/// projector's texts; the pseudo-locale only when the <c>PseudoLocale</c> setting lets it be chosen.
/// </summary>
public static class ScreenLanguages
{
    private static readonly ResourceManager Screen = new(typeof(ScreenTexts));
    private static readonly ResourceManager Projector = new(typeof(ProjectorTexts));

    /// <summary>In the order of <see cref="UiLanguages.All"/>, German first.</summary>
    public static IReadOnlyList<UiLanguage> All { get; } =
        [.. UiLanguages.All.Where(l => ResourceLanguages.Speaks(Screen, l) && ResourceLanguages.Speaks(Projector, l))];

    public static IServiceCollection AddScreenLanguages(this IServiceCollection services) => services.AddLocalization();

    public static WebApplication UseScreenLanguages(this WebApplication app)
    {
        var tags = SupportedBy(app.Services.GetRequiredService<IOptions<OffeneVersammlungOptions>>().Value);
        var options = new RequestLocalizationOptions()
            .SetDefaultCulture(UiLanguages.Default.Tag)
            .AddSupportedCultures(tags)
            .AddSupportedUICultures(tags);
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

    /// <summary>The screens' language for a tag: the tag's own when the screens speak it, else the next along its fallback chain, German in the end.</summary>
    public static UiLanguage Of(string? tag) =>
        UiLanguages.FallbackChain(UiLanguages.Of(tag)).Select(t => All.FirstOrDefault(l => l.Tag == t)).OfType<UiLanguage>().FirstOrDefault() ?? UiLanguages.Default;

    /// <summary>The language of this request (or circuit), for the page's lang and dir: the pseudo-locale when the setting let it be chosen.</summary>
    public static UiLanguage Current =>
        string.Equals(CultureInfo.CurrentUICulture.Name, UiLanguages.Pseudo.Tag, StringComparison.OrdinalIgnoreCase)
            ? UiLanguages.Pseudo
            : Of(CultureInfo.CurrentUICulture.Name);

    public static string CurrentTag => Current.Tag;

    private static string[] SupportedBy(OffeneVersammlungOptions options) =>
        options.PseudoLocale ? [.. All.Select(l => l.Tag), UiLanguages.Pseudo.Tag] : [.. All.Select(l => l.Tag)];

    private static bool IsLocal(string? path) =>
        path is { Length: > 0 } && path[0] == '/' && (path.Length == 1 || (path[1] != '/' && path[1] != '\\'));
}
