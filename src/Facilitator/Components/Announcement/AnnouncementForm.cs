using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Facilitator.Screens;

namespace OffeneVersammlung.Facilitator.Components.Announcement;

/// <summary>
/// What the console's invitation panel edits, as form fields: the date as a wall-clock time in the series' zone
/// (Europe/Berlin), the house rules one per line, the repeat as a choice.
/// </summary>
public sealed class AnnouncementForm
{
    public static TimeZoneInfo Zone => MeetingZone.Zone;

    public string Title { get; set; } = string.Empty;

    public DateTime? StartsAt { get; set; }

    public string? Place { get; set; }

    public string? OnlineLink { get; set; }

    public string? ContactPhone { get; set; }

    public bool StepFree { get; set; }

    public bool Interpreters { get; set; }

    public bool InductionLoop { get; set; }

    public string? AccessNotes { get; set; }

    public string Rules { get; set; } = string.Empty;

    /// <summary>"none", or a <see cref="Repeat"/> by name.</summary>
    public string Repeat { get; set; } = "none";

    /// <summary>The form for an assembly: its invitation if it has one, else its title, place and date and the format's house rules.</summary>
    public static AnnouncementForm Of(Engine.Announcements.Announcement? announcement, PublicBoard board, string language)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (announcement is null)
        {
            return new AnnouncementForm
            {
                Title = board.Title,
                Place = board.Place,
                StartsAt = board.StartsAt is { } at ? TimeZoneInfo.ConvertTime(at, Zone).DateTime : null,
                Rules = string.Join('\n', HouseRuleDefaults.For(board.Format, language)),
            };
        }

        return new AnnouncementForm
        {
            Title = announcement.Title,
            StartsAt = TimeZoneInfo.ConvertTime(announcement.StartsAt, Zone).DateTime,
            Place = announcement.Place,
            OnlineLink = announcement.OnlineLink,
            ContactPhone = announcement.ContactPhone,
            StepFree = announcement.Access.StepFree,
            Interpreters = announcement.Access.Interpreters,
            InductionLoop = announcement.Access.InductionLoop,
            AccessNotes = announcement.Access.Notes,
            Rules = string.Join('\n', announcement.HouseRules),
            Repeat = announcement.Series?.Repeat.ToString() ?? "none",
        };
    }

    /// <summary>The command, or null while no date is given.</summary>
    public Announce? ToCommand()
    {
        if (StartsAt is not { } local)
        {
            return null;
        }

        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        // As the series counts (SeriesDates): a skipped time moves on by the jump, a repeated one is the first of the two.
        var offset = Zone.IsInvalidTime(wallClock) ? Zone.GetUtcOffset(wallClock.AddHours(-3))
            : Zone.IsAmbiguousTime(wallClock) ? Zone.GetAmbiguousTimeOffsets(wallClock).Max()
            : Zone.GetUtcOffset(wallClock);
        SeriesRule? series = Enum.TryParse<Repeat>(Repeat, out var repeat) ? new SeriesRule(repeat, SeriesRule.DefaultTimeZone) : null;
        return new Announce(
            Guid.NewGuid(),
            Title,
            new DateTimeOffset(wallClock, offset),
            Place,
            OnlineLink,
            new Accessibility(StepFree, Interpreters, InductionLoop, AccessNotes),
            ContactPhone,
            [.. Rules.Split('\n').Select(r => r.Trim())],
            series);
    }
}
