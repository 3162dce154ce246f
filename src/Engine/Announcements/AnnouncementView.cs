using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Announcements;

/// <summary>
/// The public invitation as of an instant: what the announcement page, the poster, the calendar file and the
/// info screen show. It names nobody who takes part. <see cref="Date"/> is the next date: for a series past its
/// evening, the series' next one, which is no assembly yet (<see cref="IsThisAssemblysDate"/> is false); <see cref="AnnouncedDate"/> is the assembly's own, which a series repeats.
/// </summary>
public sealed record AnnouncementView(
    string Title,
    DateTimeOffset Date,
    TimeSpan Length,
    string? Place,
    string? OnlineLink,
    AssemblyFormat Format,
    Accessibility Access,
    string? ContactPhone,
    IReadOnlyList<string> HouseRules,
    IReadOnlyList<AnnouncedStep> Steps,
    SeriesRule? Series,
    bool IsThisAssemblysDate,
    Joining Joining,
    DateTimeOffset JoiningOpensAt,
    DateTimeOffset AnnouncedDate)
{
    /// <summary>How long an evening is shown as lasting when its template gives no timeboxes.</summary>
    public static readonly TimeSpan DefaultLength = TimeSpan.FromHours(2);

    /// <summary>The invitation of <paramref name="state"/> at <paramref name="now"/>; null when none was written.</summary>
    public static AnnouncementView? Of(AssemblyState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsCreated || state.Announcement is not { } announcement)
        {
            return null;
        }

        var steps = state.Template.Phases
            .Where(p => p.Phase is not (Phase.Lobby or Phase.Closed))
            .Select(p => new AnnouncedStep(p.Phase, p.TimeboxMinutes))
            .ToList();
        var minutes = steps.Sum(s => s.Minutes ?? 0);
        var length = minutes > 0 ? TimeSpan.FromMinutes(minutes) : DefaultLength;

        var own = announcement.StartsAt;
        var ownIsOver = state.Phase == Phase.Closed || (state.Phase == Phase.Lobby && now >= own + AnnouncementLimits.DateLasts);
        var date = own;
        var isOwn = true;
        if (ownIsOver && announcement.Series is { } series)
        {
            var after = own + AnnouncementLimits.DateLasts;
            date = SeriesDates.Next(own, series, now > after ? now : after);
            isOwn = false;
        }

        var opensAt = date - AnnouncementLimits.JoiningOpensBefore;
        var joining = !isOwn ? Joining.NotYet
            : ownIsOver ? Joining.Over
            : state.Phase != Phase.Lobby || now >= opensAt ? Joining.Open
            : Joining.NotYet;
        return new AnnouncementView(
            announcement.Title, date, length, announcement.Place, announcement.OnlineLink, state.Format, announcement.Access,
            announcement.ContactPhone, announcement.HouseRules, steps, announcement.Series, isOwn, joining, opensAt, own);
    }
}
