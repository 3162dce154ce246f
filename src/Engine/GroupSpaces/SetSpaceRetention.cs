using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>The members choose how long the space is kept after its last entry: 6, 12 or 24 months.</summary>
public sealed record SetSpaceRetention(Guid CommandId, int Months) : GroupSpaceCommand(CommandId)
{
    internal override SpaceDecision Decide(SpaceContext context) =>
        !SpaceRetention.OfferedMonths.Contains(Months) ? SpaceDecision.Refuse(RefusalCode.RetentionNotOffered)
        : context.State.RetentionMonths == Months ? SpaceDecision.Accept()
        : SpaceDecision.Accept(new SpaceSettingsSet(context.State.IsPublic, Months));
}
