using Microsoft.AspNetCore.Mvc;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// <c>POST /join/_form</c>: the phone's join form as a plain HTML form (decision 0014), for a tap made
/// before the app runs or in a browser without script. It joins through the <see cref="ParticipantDesk"/>
/// (join guard, wrong codes, the door, the pseudonym's rules: the same as the app's join), then answers
/// post-redirect-get with the phone's page, so a reload never posts twice: accepted, the device travels in
/// a cookie and the page is prerendered for that participant; refused, the same page shows why.
/// </summary>
public static class JoinFormEndpoint
{
    public const string Path = "/join/_form";

    public static IEndpointRouteBuilder MapJoinForm(this IEndpointRouteBuilder endpoints)
    {
        // Form binding makes the antiforgery middleware check the form's token (the page's <AntiforgeryToken />).
        endpoints.MapPost(Path, async ([FromForm] JoinFormPost form, HttpContext context, ParticipantDesk desk) =>
        {
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
                PhoneCookies.HandAnswer(context, new JoinFormAnswer(form.Code?.Trim(), pseudonym, form.Presence, reply.Refusal, reply.Host, form.Lang, knocking));
            }

            // 303: the browser GETs the phone's page, which a reload repeats instead of the post.
            return new SeeOther(code is null ? "/join" : $"/join/{code}");
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
