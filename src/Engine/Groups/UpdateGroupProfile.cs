using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Groups;

/// <summary>Members (or the facilitator) fill in the group's profile during group work and check-out.</summary>
public sealed record UpdateGroupProfile(Guid CommandId, Guid GroupId, GroupProfile Profile) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.State.FindGroup(GroupId) is not { } group)
        {
            return Refuse(RefusalCode.UnknownGroup);
        }

        var isMember = context.Actor.ParticipantId is { } id && group.Members.Contains(id);
        if (((isMember ? null : context.UnlessFacilitator()) ?? context.UnlessIn(Phase.ProjectGroups, Phase.CheckOut)) is { } refused)
        {
            return refused;
        }

        return GroupProfileRules.TryClean(Profile, out var clean, out var refusal)
            ? Accept(new GroupProfileUpdated(GroupId, clean))
            : refusal.AsDecision();
    }
}
