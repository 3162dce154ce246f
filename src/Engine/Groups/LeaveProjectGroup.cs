using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Groups;

public sealed record LeaveProjectGroup(Guid CommandId, Guid ParticipantId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (!context.TrySpeakFor(ParticipantId, out var participant, out var refused))
        {
            return refused;
        }

        return context.UnlessIn(Phase.ProjectGroups)
            ?? (participant.GroupId is { } groupId ? Accept(new LeftProjectGroup(ParticipantId, groupId)) : Refuse(RefusalCode.NotInGroup));
    }
}
