using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Groups;

public sealed record LeaveProjectGroup(Guid CommandId, Guid ParticipantId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (state.FindParticipant(ParticipantId) is not { } participant)
        {
            return Refuse(RefusalCode.UnknownParticipant);
        }

        if (!context.Actor.MaySpeakFor(participant))
        {
            return Refuse(RefusalCode.NotAllowedForRole);
        }

        if (state.Phase != Phase.ProjectGroups)
        {
            return Refuse(RefusalCode.WrongPhase, state.Phase.ToString());
        }

        return participant.GroupId is { } groupId
            ? Accept(new LeftProjectGroup(ParticipantId, groupId))
            : Refuse(RefusalCode.NotInGroup);
    }
}
