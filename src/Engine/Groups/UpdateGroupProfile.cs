using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Groups;

/// <summary>Members (or the facilitator) fill in the group's profile during group work and check-out.</summary>
public sealed record UpdateGroupProfile(Guid CommandId, Guid GroupId, GroupProfile Profile) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (state.FindGroup(GroupId) is not { } group)
        {
            return Refuse(RefusalCode.UnknownGroup);
        }

        var isMember = context.Actor.ParticipantId is { } id && group.Members.Contains(id);
        if (!context.Actor.IsFacilitator && !isMember)
        {
            return Refuse(RefusalCode.NotAllowedForRole);
        }

        if (state.Phase is not (Phase.ProjectGroups or Phase.CheckOut))
        {
            return Refuse(RefusalCode.WrongPhase, state.Phase.ToString());
        }

        return GroupProfileRules.TryClean(Profile, out var clean, out var refusal)
            ? Accept(new GroupProfileUpdated(GroupId, clean))
            : Decision.Refuse(refusal.Code, refusal.Detail);
    }
}
