namespace OffeneVersammlung.Engine.Announcements;

/// <summary>
/// The dates of a series, by the wall clock of its time zone: "every first Thursday at 18:00" stays at 18:00
/// when the clocks change. A time the spring change skips (02:30 on the last Sunday in March) moves on by the
/// hour the clocks jump; a time the autumn change repeats is the first of the two.
/// </summary>
public static class SeriesDates
{
    public static TimeZoneInfo? ZoneOf(SeriesRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(rule.TimeZoneId);
        }
        catch (Exception e) when (e is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return null;
        }
    }

    /// <summary>
    /// The date that is next at <paramref name="now"/>: the first of the series whose evening has not ended
    /// yet (it counts until <see cref="AnnouncementLimits.DateLasts"/> after its start), at or after <paramref name="first"/>.
    /// </summary>
    public static DateTimeOffset Next(DateTimeOffset first, SeriesRule rule, DateTimeOffset now) =>
        Dates(first, rule, now - AnnouncementLimits.DateLasts).First(d => d + AnnouncementLimits.DateLasts > now);

    /// <summary>The dates from <paramref name="first"/> on, skipping ahead to shortly before <paramref name="from"/>.</summary>
    public static IEnumerable<DateTimeOffset> Dates(DateTimeOffset first, SeriesRule rule, DateTimeOffset from)
    {
        var zone = ZoneOf(rule) ?? throw new ArgumentException($"Unknown time zone {rule.TimeZoneId}.", nameof(rule));
        var local = TimeZoneInfo.ConvertTime(first, zone).DateTime;
        var since = from > first ? TimeZoneInfo.ConvertTime(from, zone).DateTime : local;
        return rule.Repeat switch
        {
            Repeat.Weekly => Weekly(local, since, zone),
            Repeat.MonthlyOnWeekday => Monthly(local, since, zone),
            _ => throw new ArgumentOutOfRangeException(nameof(rule)),
        };
    }

    private static IEnumerable<DateTimeOffset> Weekly(DateTime local, DateTime since, TimeZoneInfo zone)
    {
        // Start a week early, so a date whose evening still runs is not skipped.
        var weeks = Math.Max(0, ((since.Date - local.Date).Days / 7) - 1);
        for (var date = local.Date.AddDays(weeks * 7); ; date = date.AddDays(7))
        {
            yield return AtWallClock(date + local.TimeOfDay, zone);
        }
    }

    private static IEnumerable<DateTimeOffset> Monthly(DateTime local, DateTime since, TimeZoneInfo zone)
    {
        var week = ((local.Day - 1) / 7) + 1;
        var months = Math.Max(0, (((since.Year - local.Year) * 12) + since.Month - local.Month) - 1);
        for (var month = new DateTime(local.Year, local.Month, 1).AddMonths(months); ; month = month.AddMonths(1))
        {
            yield return AtWallClock(WeekdayInMonth(month, local.DayOfWeek, week) + local.TimeOfDay, zone);
        }
    }

    /// <summary>The <paramref name="week"/>th such weekday of the month; the fifth means the last, since not every month has a fifth.</summary>
    private static DateTime WeekdayInMonth(DateTime month, DayOfWeek day, int week)
    {
        if (week >= 5)
        {
            var last = month.AddMonths(1).AddDays(-1);
            return last.AddDays(-(((int)last.DayOfWeek - (int)day + 7) % 7));
        }

        var firstSuch = month.AddDays(((int)day - (int)month.DayOfWeek + 7) % 7);
        return firstSuch.AddDays((week - 1) * 7);
    }

    private static DateTimeOffset AtWallClock(DateTime wallClock, TimeZoneInfo zone)
    {
        var time = DateTime.SpecifyKind(wallClock, DateTimeKind.Unspecified);
        if (zone.IsInvalidTime(time))
        {
            // The clocks jump over this time: it happens as late after the jump as it was meant after the hour before.
            var before = zone.GetUtcOffset(time.AddHours(-3));
            return new DateTimeOffset(time, before).ToOffset(zone.GetUtcOffset(new DateTimeOffset(time, before).UtcDateTime));
        }

        var offset = zone.IsAmbiguousTime(time) ? zone.GetAmbiguousTimeOffsets(time).Max() : zone.GetUtcOffset(time);
        return new DateTimeOffset(time, offset);
    }
}
