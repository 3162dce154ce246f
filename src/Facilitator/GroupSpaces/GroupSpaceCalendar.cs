using System.Globalization;
using System.Text;
using OffeneVersammlung.Engine.GroupSpaces;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// The group's meetings as iCalendar (RFC 5545, through <see cref="IcsText"/> like the protocol's meetings): the whole
/// list as one feed a calendar subscribes to, or one meeting. Each meeting keeps its UID, so a moved or removed date
/// updates in the calendar. It holds the group's name and the place, nothing of any member and not the private link
/// (a calendar is easily shared).
/// </summary>
public static class GroupSpaceCalendar
{
    public static string Write(Guid spaceId, string groupName, IEnumerable<MeetingDate> dates, GroupSpaceTexts texts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(texts);
        var ics = new StringBuilder();
        IcsText.AppendLine(ics, "BEGIN", "VCALENDAR");
        IcsText.AppendLine(ics, "VERSION", "2.0");
        IcsText.AppendLine(ics, "PRODID", "-//Offene Versammlung//Gruppenraum//" + texts.Language.Tag.ToUpperInvariant());
        IcsText.AppendLine(ics, "CALSCALE", "GREGORIAN");
        IcsText.AppendLine(ics, "METHOD", "PUBLISH");
        IcsText.AppendLine(ics, "X-WR-CALNAME", IcsText.Escape(texts.Format("CalendarName", ExportText.OneLine(groupName))));
        foreach (var date in dates)
        {
            IcsText.AppendLine(ics, "BEGIN", "VEVENT");
            IcsText.AppendLine(ics, "UID", $"{date.Id:N}-{spaceId:N}@offene-versammlung");
            IcsText.AppendLine(ics, "DTSTAMP", Utc(now));
            IcsText.AppendLine(ics, "DTSTART", Utc(date.At));
            IcsText.AppendLine(ics, "SUMMARY", IcsText.Escape(texts.Format("CalendarSummary", ExportText.OneLine(groupName))));
            if (!string.IsNullOrWhiteSpace(date.Place))
            {
                IcsText.AppendLine(ics, "LOCATION", IcsText.Escape(ExportText.OneLine(date.Place)));
            }

            IcsText.AppendLine(ics, "END", "VEVENT");
        }

        IcsText.AppendLine(ics, "END", "VCALENDAR");
        return ics.ToString();
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
