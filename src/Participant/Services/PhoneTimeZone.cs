using System.Globalization;
using Microsoft.JSInterop;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The phone's time zone. On WebAssembly it is the process's own; in a circuit the process is the
/// server's, so the browser is asked (<c>js/time-zone.js</c>): a meeting typed as 19:00 on a phone in
/// Berlin is 19:00+01:00 whatever zone the server runs in.
/// </summary>
public sealed class PhoneTimeZone(IJSRuntime js)
{
    private IJSObjectReference? _module;

    /// <summary>The phone's offset from UTC at this local date and time.</summary>
    public async Task<TimeSpan> OffsetAtAsync(DateTime local) =>
        OperatingSystem.IsBrowser()
            ? TimeZoneInfo.Local.GetUtcOffset(local)
            : await AskAsync(local.ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture)) ?? TimeZoneInfo.Local.GetUtcOffset(local);

    /// <summary>The instant as the phone's clock shows it.</summary>
    public async Task<DateTime> LocalAsync(DateTimeOffset at) =>
        OperatingSystem.IsBrowser()
            ? at.LocalDateTime
            : await AskAsync(at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)) is { } offset ? at.ToOffset(offset).DateTime : at.LocalDateTime;

    /// <summary>The browser's answer; null where there is no browser to ask (prerendering, component tests).</summary>
    private async Task<TimeSpan?> AskAsync(string dateTime)
    {
        try
        {
            _module ??= await js.InvokeAsync<IJSObjectReference?>("import", "./js/time-zone.js");
            return _module is null ? null : TimeSpan.FromMinutes(await _module.InvokeAsync<int>("offsetMinutes", dateTime));
        }
        catch (InvalidOperationException)
        {
            return null; // prerendering: no JS yet
        }
    }
}
