using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// The host's side of <see cref="IPhoneVisit"/>: while it prerenders a phone's page, the device a join
/// form's post handed over (<see cref="PhoneCookies"/>) resumes through the <see cref="ParticipantDesk"/>,
/// as any phone does, and the page shows that participant's screen before any script ran.
/// </summary>
public sealed class PhoneVisit(IHttpContextAccessor accessor, ParticipantDesk desk) : IPhoneVisit
{
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
