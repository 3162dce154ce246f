using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>The host opens the space when the evening closed, with what the group left it (see <see cref="GroupSpaceOpened"/>).</summary>
public sealed record OpenGroupSpace(
    Guid CommandId,
    Guid SpaceId,
    string AssemblyTitle,
    DateTimeOffset AssemblyDate,
    SpaceProfile Profile,
    IReadOnlyList<string> FirstSteps,
    DateTimeOffset? NextMeetingAt,
    string? NextMeetingPlace,
    IReadOnlyList<SpaceMember> Members) : GroupSpaceCommand(CommandId)
{
    internal override bool NeedsMember => false;

    internal override SpaceDecision Decide(SpaceContext context)
    {
        if (context.State.IsOpened)
        {
            return SpaceDecision.Refuse(RefusalCode.GroupSpaceAlreadyOpened);
        }

        if (context.MemberId is not null)
        {
            return SpaceDecision.Refuse(RefusalCode.NotAllowedForRole);
        }

        if (SpaceId == Guid.Empty || Members.Count == 0)
        {
            return SpaceDecision.Refuse(RefusalCode.ValueOutOfRange, SpaceId == Guid.Empty ? nameof(SpaceId) : nameof(Members));
        }

        return SpaceProfileRules.TryClean(Profile, out var profile, out var refusal)
            ? SpaceDecision.Accept(new GroupSpaceOpened(
                SpaceId, AssemblyTitle, AssemblyDate, profile, [.. FirstSteps.Take(SpaceLimits.MaxSteps)], NextMeetingAt, NextMeetingPlace, Members, context.Now))
            : SpaceDecision.From(refusal);
    }
}
