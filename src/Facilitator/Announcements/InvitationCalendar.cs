using System.Globalization;
using System.Text;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>
/// "Add to calendar": the next date as one iCalendar event (RFC 5545, written by <see cref="IcsText"/> like the
/// groups' meetings). A series gives the next date only, not a rule: each date is its own assembly and may be
/// moved or dropped, and the page's link in the event always knows the date after.
/// </summary>
public static class InvitationCalendar
{
    public static string Write(PublicAnnouncement announcement, AnnouncementTexts texts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(texts);
        var view = announcement.View;
        var ics = new StringBuilder();
        IcsText.AppendLine(ics, "BEGIN", "VCALENDAR");
        IcsText.AppendLine(ics, "VERSION", "2.0");
        IcsText.AppendLine(ics, "PRODID", "-//Offene Versammlung//Einladung//" + texts.Language.Tag.ToUpperInvariant());
        IcsText.AppendLine(ics, "CALSCALE", "GREGORIAN");
        IcsText.AppendLine(ics, "METHOD", "PUBLISH");
        IcsText.AppendLine(ics, "BEGIN", "VEVENT");
        IcsText.AppendLine(ics, "UID", $"{announcement.Token}-{Utc(view.Date)}@offene-versammlung");
        IcsText.AppendLine(ics, "DTSTAMP", Utc(now));
        IcsText.AppendLine(ics, "DTSTART", Utc(view.Date));
        IcsText.AppendLine(ics, "DTEND", Utc(view.Date + view.Length));
        IcsText.AppendLine(ics, "SUMMARY", IcsText.Escape(ExportText.OneLine(view.Title)));
        if ((view.Place ?? view.OnlineLink) is { } where)
        {
            IcsText.AppendLine(ics, "LOCATION", IcsText.Escape(ExportText.OneLine(where)));
        }

        IcsText.AppendLine(ics, "URL", announcement.PageUrl);
        var lines = new List<string> { texts["NoRegistration"] };
        lines.AddRange(view.Steps.Select(s => "- " + texts.Step(s.Phase)));
        if (view.OnlineLink is { } link)
        {
            lines.Add(texts["OnlineLink"] + ": " + link);
        }

        if (view.ContactPhone is { } phone)
        {
            lines.Add(texts.Format("ContactCall", phone));
        }

        lines.Add(texts.Format("CalendarDescription", announcement.PageUrl));
        IcsText.AppendLine(ics, "DESCRIPTION", IcsText.Escape(string.Join('\n', lines)));
        IcsText.AppendLine(ics, "END", "VEVENT");
        IcsText.AppendLine(ics, "END", "VCALENDAR");
        return ics.ToString();
    }

    private static string Utc(DateTimeOffset at) => at.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
}
