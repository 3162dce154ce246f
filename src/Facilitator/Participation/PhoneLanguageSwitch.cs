using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// The phone's language switch without script (issue 12): its buttons GET the phone's own page with <c>?lang=tag</c>.
/// An offered language is kept in the phone's cookie (<see cref="PhoneLanguageCookie"/>); either way the answer is a
/// 303 to the same page without the parameter, so the address stays the page's and a reload asks nothing again.
/// </summary>
public static class PhoneLanguageSwitch
{
    public static IApplicationBuilder UsePhoneLanguageSwitch(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method) || !request.Path.StartsWithSegments(PhoneCookies.Path, StringComparison.OrdinalIgnoreCase)
            || !request.Query.TryGetValue(LanguagePreference.SwitchQuery, out var asked))
        {
            return next(context);
        }

        var offered = PhoneLanguageCookie.Offered(context.RequestServices.GetRequiredService<IOptions<OffeneVersammlungOptions>>().Value);
        if (LanguagePreference.Find(asked.ToString(), offered) is { } language)
        {
            PhoneLanguageCookie.Remember(context, language);
        }

        var rest = QueryString.Create(request.Query.Where(q => !string.Equals(q.Key, LanguagePreference.SwitchQuery, StringComparison.OrdinalIgnoreCase)));
        context.Response.StatusCode = StatusCodes.Status303SeeOther;
        context.Response.Headers.Location = UriHelper.BuildRelative(request.PathBase, request.Path, rest);
        context.Response.Headers.CacheControl = "no-store";
        return Task.CompletedTask;
    });
}
