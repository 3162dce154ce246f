using System.Globalization;
using System.Text;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// The groups' next meetings as an iCalendar file (RFC 5545), one event per meeting with a date. The
/// event has a start and no end, since nobody said how long the meeting lasts. Its UID stays the same
/// for the group, and SEQUENCE is the assembly's version, so a calendar updates a moved meeting.
/// The group's contact stays out, like in the protocol.
/// </summary>
public static class GroupCalendarWriter
{
    public static string Write(AssemblyProtocol protocol, IEnumerable<ProtocolGroup> groups, ExportTexts texts, DateTimeOffset now)
    {
        var ics = new StringBuilder();
        IcsText.AppendLine(ics, "BEGIN", "VCALENDAR");
        IcsText.AppendLine(ics, "VERSION", "2.0");
        IcsText.AppendLine(ics, "PRODID", "-//Offene Versammlung//Exports//" + texts.Language.ToUpperInvariant());
        IcsText.AppendLine(ics, "CALSCALE", "GREGORIAN");
        IcsText.AppendLine(ics, "METHOD", "PUBLISH");
        IcsText.AppendLine(ics, "X-WR-CALNAME", IcsText.Escape(texts.Format("CalendarName", ExportText.OneLine(protocol.Title))));
        var labels = new ProtocolLabels(protocol, texts);
        foreach (var group in groups)
        {
            if (group.NextMeetingAt is not { } at)
            {
                continue;
            }

            IcsText.AppendLine(ics, "BEGIN", "VEVENT");
            IcsText.AppendLine(ics, "UID", $"{group.Id:N}-{protocol.AssemblyId:N}@offene-versammlung");
            IcsText.AppendLine(ics, "SEQUENCE", protocol.Version.ToString(CultureInfo.InvariantCulture));
            IcsText.AppendLine(ics, "DTSTAMP", UtcStamp(now));
            IcsText.AppendLine(ics, "DTSTART", UtcStamp(at));
            IcsText.AppendLine(ics, "SUMMARY", IcsText.Escape(texts.Format("CalendarSummary", ExportText.OneLine(group.Name))));
            if (!string.IsNullOrWhiteSpace(group.NextMeetingPlace))
            {
                IcsText.AppendLine(ics, "LOCATION", IcsText.Escape(ExportText.OneLine(group.NextMeetingPlace)));
            }

            IcsText.AppendLine(ics, "DESCRIPTION", IcsText.Escape(DescriptionOf(protocol, group, labels, texts)));
            IcsText.AppendLine(ics, "END", "VEVENT");
        }

        IcsText.AppendLine(ics, "END", "VCALENDAR");
        return ics.ToString();
    }

    private static string DescriptionOf(AssemblyProtocol protocol, ProtocolGroup group, ProtocolLabels labels, ExportTexts texts)
    {
        var lines = new List<string> { texts.Format("CalendarFrom", ExportText.OneLine(protocol.Title)) };
        lines.AddRange(labels.GroupFacts(group).Select(f => $"{f.Label}: {ExportText.Clean(f.Value)}"));
        if (group.Goals.Count > 0)
        {
            lines.Add(texts["Goals"] + ":");
            lines.AddRange(group.Goals.Select(g => "- " + ExportText.OneLine(g)));
        }

        return string.Join('\n', lines);
    }

    private static string UtcStamp(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
