using Microsoft.Extensions.Options;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// The host's side of <see cref="IPhoneVisit"/>: while it prerenders a phone's page, the device a join
/// form's post handed over (<see cref="PhoneCookies"/>) resumes through the <see cref="ParticipantDesk"/>,
/// as any phone does, and the page shows that participant's screen before any script ran; and in the phone's language
/// (<see cref="PhoneLanguageCookie"/>), from the first byte.
/// </summary>
public sealed class PhoneVisit(IHttpContextAccessor accessor, ParticipantDesk desk, IOptions<OffeneVersammlungOptions> options) : IPhoneVisit
{
    private PageLanguage? _language;

    /// <summary>Once per request: the page's root (App.razor) and the page itself ask.</summary>
    public PageLanguage? Language =>
        _language ??= accessor.HttpContext is { } context ? PhoneLanguageCookie.Of(context, PhoneLanguageCookie.Offered(options.Value)) : null;

    public async Task<PhoneArrival?> ArriveAsync()
    {
        if (accessor.HttpContext is not { } context || HttpMethods.IsPost(context.Request.Method))
        {
            return null;
        }

        var answer = PhoneCookies.TakeAnswer(context);
        if (PhoneCookies.DeviceOf(context) is { } device)
        {
            var resumed = await desk.ResumeAsync(new PageRequestCaller(context.Connection.RemoteIpAddress), device.AssemblyId, device.DeviceToken);
            if (resumed is { Accepted: true, Snapshot: { } view })
            {
                return new PhoneArrival(device, view, answer);
            }
        }

        return answer is null ? null : new PhoneArrival(null, null, answer);
    }
}
