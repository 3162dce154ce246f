using MessagePack;

namespace OffeneVersammlung.Engine.Announcements;

/// <summary>
/// An assembly that repeats. Weekday, week of the month and time of day come from the announced date in
/// <see cref="TimeZoneId"/>, so the rule cannot contradict the date it was made from.
/// </summary>
[MessagePackObject]
public sealed record SeriesRule(
    [property: Key(0)] Repeat Repeat,
    [property: Key(1)] string TimeZoneId)
{
    public const string DefaultTimeZone = "Europe/Berlin";
}
