namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>
/// The space as one member sees it: everything, and the other members with the contact each of them chose to share
/// (none where they chose none). Only ever built for a member (<see cref="For"/> answers null for anyone else).
/// </summary>
public sealed record MemberSpaceView(
    Guid SpaceId,
    Guid MemberId,
    string AssemblyTitle,
    DateTimeOffset AssemblyDate,
    SpaceProfile Profile,
    IReadOnlyList<FirstStep> FirstSteps,
    IReadOnlyList<MeetingDate> MeetingDates,
    MeetingDate? NextDate,
    IReadOnlyList<MemberSpaceView.Entry> Entries,
    IReadOnlyList<MemberSpaceView.Member> Members,
    bool IsPublic,
    int RetentionMonths,
    DateTimeOffset DeletesAt)
{
    public static MemberSpaceView? For(GroupSpaceState state, Guid memberId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(state);
        if (!state.IsMember(memberId))
        {
            return null;
        }

        var names = state.MembersById.Values.ToDictionary(m => m.Id, m => m.Name);
        return new MemberSpaceView(
            state.SpaceId,
            memberId,
            state.AssemblyTitle,
            state.AssemblyDate,
            state.Profile,
            [.. state.FirstSteps],
            [.. state.MeetingDates],
            state.NextDate(now),
            [.. state.StatusEntries.Select(e => new Entry(e.Id, names.GetValueOrDefault(e.MemberId, string.Empty), e.Text, e.At))],
            [.. state.Members.Select(m => new Member(m.Id, m.Name, m.OnPaper, m.Contact, m.Id == memberId))],
            state.IsPublic,
            state.RetentionMonths,
            SpaceRetention.DeletesAt(state));
    }

    public Member Me => Members.Single(m => m.IsMe);

    public sealed record Entry(Guid Id, string Author, string Text, DateTimeOffset At);

    /// <summary>A member as the others see them: <see cref="Contact"/> is only what they chose to share.</summary>
    public sealed record Member(Guid Id, string Name, bool OnPaper, string? Contact, bool IsMe);
}
