using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>A member leaves: their link stops working and their contact goes. The last member deletes the space instead.</summary>
public sealed record LeaveGroupSpace(Guid CommandId) : GroupSpaceCommand(CommandId)
{
    internal override SpaceDecision Decide(SpaceContext context) =>
        context.State.Members.Count() <= 1
            ? SpaceDecision.Refuse(RefusalCode.LastMemberStays)
            : SpaceDecision.Accept(new MemberChanged(context.Member, null, true));
}
