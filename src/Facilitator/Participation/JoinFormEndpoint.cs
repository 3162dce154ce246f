using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Mvc;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// <c>POST /join/_form</c>: the phone's join form as a plain HTML form (decision 0014), for a tap made
/// before the app runs or in a browser without script. It joins through the <see cref="ParticipantDesk"/>
/// (join guard, wrong codes, the door, the pseudonym's rules: the same as the app's join); accepted, the
/// device travels in a cookie and the page is prerendered for that participant; refused, the same page shows why.
/// A page whose script ran (the form's <c>script</c> field, set by <c>js/device-handoff.js</c>) gets the phone's
/// page as the post's own answer, one round trip less on a slow line; the script then sets the address to the
/// phone's page (<c>history.replaceState</c>), so a reload or the back button is a plain GET, never a second post.
/// Without script the answer is post-redirect-get (303), for the same reason. A post repeated anyway is the
/// same person: the form carries its device token.
/// </summary>
public static class JoinFormEndpoint
{
    public const string Path = "/join/_form";

    public static IEndpointRouteBuilder MapJoinForm(this IEndpointRouteBuilder endpoints)
    {
        // Form binding makes the antiforgery middleware check the form's token (the page's <AntiforgeryToken />).
        endpoints.MapPost(Path, async ([FromForm] JoinFormPost form, HttpContext context, ParticipantDesk desk, EndpointDataSource pages) =>
        {
            var answerHere = form.Script == "1";
            var pseudonym = string.IsNullOrWhiteSpace(form.Pseudonym) ? null : form.Pseudonym.Trim();
            var caller = new PageRequestCaller(context.Connection.RemoteIpAddress);
            var reply = await desk.JoinAsync(caller, form.Code ?? string.Empty, pseudonym, form.Presence, form.Device);
            var code = JoinCode.Normalise(form.Code);
            if (reply is { Accepted: true, AssemblyId: { } assemblyId, DeviceToken: { } token })
            {
                PhoneCookies.HandDevice(context, new StoredDevice(assemblyId, code!, token));
            }
            else
            {
                var knocking = reply.Refusal == RefusalCode.WaitingAtDoor ? reply.DeviceToken : null;
                PhoneCookies.HandAnswer(context, new JoinFormAnswer(form.Code?.Trim(), pseudonym, form.Presence, reply.Refusal, reply.Host, form.Lang, knocking), cookie: !answerHere);
            }

            var page = code is null ? "/join" : $"/join/{code}";
            // 303: the browser GETs the phone's page, which a reload repeats instead of the post.
            return answerHere ? (IResult)new PhonePage(pages, page, code) : new SeeOther(page);
        });
        return endpoints;
    }

    /// <summary>What the join form posts; names as its inputs'.</summary>
    public sealed class JoinFormPost
    {
        public string? Code { get; set; }

        public string? Pseudonym { get; set; }

        public Presence Presence { get; set; }

        /// <summary>The form's device token (<see cref="DeviceTokens"/>), or the one a knock was answered with.</summary>
        public string? Device { get; set; }

        /// <summary>The language the page was read in, for the refusal.</summary>
        public string? Lang { get; set; }

        /// <summary>"1" when the page's script ran: it sets the address after the answer, so the answer may be the page itself.</summary>
        public string? Script { get; set; }
    }

    /// <summary>The phone's page as <c>GET /join/{code}</c> renders it, answered to the post itself (the post's device and answer are in the request's items).</summary>
    private sealed class PhonePage(EndpointDataSource pages, string path, string? code) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            var join = pages.Endpoints.OfType<RouteEndpoint>().First(e => e.Metadata.GetMetadata<ComponentTypeMetadata>()?.Type == typeof(Participant.Pages.Join));
            httpContext.Request.Method = HttpMethods.Get;
            httpContext.Request.Path = path;
            httpContext.Request.RouteValues = new RouteValueDictionary { ["Code"] = code };
            httpContext.Response.Headers.CacheControl = "no-store";
            httpContext.SetEndpoint(join);
            return join.RequestDelegate!(httpContext);
        }
    }

    private sealed class SeeOther(string location) : IResult
    {
        public Task ExecuteAsync(HttpContext httpContext)
        {
            httpContext.Response.StatusCode = StatusCodes.Status303SeeOther;
            httpContext.Response.Headers.Location = location;
            return Task.CompletedTask;
        }
    }
}
