namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>
/// A group space in brief, for a follow-up assembly that imports the group: its profile, its steps, the next date and
/// the newest "Aktueller Stand" entries, and how many members it has. It names no member and carries no contact: a
/// follow-up assembly is seen by people who are not in the group.
/// </summary>
public sealed record GroupSpaceSummary(
    Guid SpaceId,
    SpaceProfile Profile,
    IReadOnlyList<FirstStep> FirstSteps,
    MeetingDate? NextDate,
    IReadOnlyList<GroupSpaceSummary.Entry> LatestEntries,
    int MemberCount,
    DateTimeOffset LastEntryAt)
{
    public const int EntriesShown = 3;

    public static GroupSpaceSummary? Of(GroupSpaceState state, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        return state.IsOpened
            ? new GroupSpaceSummary(
                state.SpaceId,
                state.Profile,
                [.. state.FirstSteps],
                state.NextDate(now),
                [.. state.StatusEntries.Take(EntriesShown).Select(e => new Entry(e.Text, e.At))],
                state.Members.Count(),
                state.LastEventAt)
            : null;
    }

    public sealed record Entry(string Text, DateTimeOffset At);
}
