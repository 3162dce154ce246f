using OffeneVersammlung.Engine.Announcements;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>
/// The wall clock the console and the start page read and write times in. They run on the server, whose own
/// zone is often UTC: a start typed as 18:00 on the start page must be the same 18:00 the invitation, the
/// poster and the series show (Europe/Berlin, the series' zone), not an hour off.
/// </summary>
public static class MeetingZone
{
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById(SeriesRule.DefaultTimeZone);

    /// <summary>A wall-clock time typed in a form, as the moment it is in the meeting's zone.</summary>
    public static DateTimeOffset At(DateTime wallClock)
    {
        var unspecified = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        return new(unspecified, Zone.GetUtcOffset(unspecified));
    }

    /// <summary>A moment as the meeting's wall clock shows it.</summary>
    public static DateTime WallClock(DateTimeOffset moment) => TimeZoneInfo.ConvertTime(moment, Zone).DateTime;
}
