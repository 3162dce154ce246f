using System.Text.Json;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// How a join form's post answers a phone whose app is not running (decision 0014). The device goes in
/// <see cref="Device"/>, in the phone's own stored format: <c>js/device-handoff.js</c> moves it into the
/// phone's storage before the app starts, and a browser without script keeps it, so its page is
/// prerendered from it. A refusal goes in <see cref="Answer"/> for the one page that shows it. Both are
/// first-party only (SameSite=Strict) and Secure over HTTPS; the device cookie is readable by the page's
/// script, which is where the token lives anyway (localStorage). Never in the address.
/// </summary>
public static class PhoneCookies
{
    public const string Device = DeviceTokenStore.Key;
    public const string Answer = "ov.join";
    public const string Path = "/join";

    private static readonly TimeSpan DeviceKept = TimeSpan.FromDays(365);
    private static readonly TimeSpan AnswerKept = TimeSpan.FromMinutes(5);

    /// <summary>Hands the device over in its cookie, and to this request's own page when the post answers with it.</summary>
    public static void HandDevice(HttpContext context, StoredDevice device)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.Cookies.Append(Device, JsonSerializer.Serialize(device), Options(context, DeviceKept, httpOnly: false));
        context.Items[Device] = device;
    }

    public static StoredDevice? DeviceOf(HttpContext context) => context.Items[Device] as StoredDevice ?? Read<StoredDevice>(context, Device);

    /// <summary>Hands a refusal to this request's own page, and in a cookie to the next page when the answer is a redirect.</summary>
    public static void HandAnswer(HttpContext context, JoinFormAnswer answer, bool cookie = true)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Items[Answer] = answer;
        if (cookie)
        {
            context.Response.Cookies.Append(Answer, JsonSerializer.Serialize(answer), Options(context, AnswerKept, httpOnly: true));
        }
    }

    /// <summary>The answer of the last post, once: the page that shows it removes it, so a later visit starts clean.</summary>
    public static JoinFormAnswer? TakeAnswer(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var answer = context.Items[Answer] as JoinFormAnswer ?? Read<JoinFormAnswer>(context, Answer);
        if (context.Request.Cookies.ContainsKey(Answer) && !context.Response.HasStarted)
        {
            context.Response.Cookies.Delete(Answer, Options(context, TimeSpan.Zero, httpOnly: true));
        }

        return answer;
    }

    private static T? Read<T>(HttpContext context, string name)
        where T : class
    {
        if (context.Request.Cookies[name] is not { Length: > 0 } json)
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize<T>(json);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static CookieOptions Options(HttpContext context, TimeSpan kept, bool httpOnly) => new()
    {
        Path = Path,
        MaxAge = kept,
        SameSite = SameSiteMode.Strict,
        Secure = context.Request.IsHttps,
        HttpOnly = httpOnly,
        IsEssential = true,
    };
}
