using MessagePack;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>
/// The space opened with its own copy of what the evening left it (decision 0018): the group's profile, its first
/// steps, its next meeting, the members by the names they used, and the assembly's title and date for context.
/// Nothing else of the assembly is kept, so the assembly's deletion takes nothing the space needs.
/// </summary>
[MessagePackObject]
public sealed record GroupSpaceOpened(
    [property: Key(0)] Guid SpaceId,
    [property: Key(1)] string AssemblyTitle,
    [property: Key(2)] DateTimeOffset AssemblyDate,
    [property: Key(3)] SpaceProfile Profile,
    [property: Key(4)] IReadOnlyList<string> FirstSteps,
    [property: Key(5)] DateTimeOffset? NextMeetingAt,
    [property: Key(6)] string? NextMeetingPlace,
    [property: Key(7)] IReadOnlyList<SpaceMember> Members,
    [property: Key(8)] DateTimeOffset At) : GroupSpaceEvent
{
    internal override void ApplyTo(GroupSpaceState state)
    {
        state.SpaceId = SpaceId;
        state.AssemblyTitle = AssemblyTitle;
        state.AssemblyDate = AssemblyDate;
        state.Profile = Profile;
        for (var i = 0; i < FirstSteps.Count; i++)
        {
            state.Steps.Add(new FirstStep(GroupSpaceIds.Derived(SpaceId, "step", i), FirstSteps[i], false));
        }

        if (NextMeetingAt is { } at)
        {
            state.Dates.Add(new MeetingDate(GroupSpaceIds.Derived(SpaceId, "date", 0), at, NextMeetingPlace));
        }

        foreach (var member in Members)
        {
            state.MembersById.Add(member.MemberId, new SpaceMemberState(member.MemberId, member.Name, member.OnPaper));
        }
    }
}
