using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Groups;

/// <summary>
/// Someone joins a group (the facilitator places people on paper). Joining another group leaves
/// the first one: the law of two feet, one group at a time.
/// </summary>
public sealed record JoinProjectGroup(Guid CommandId, Guid ParticipantId, Guid GroupId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (!context.TrySpeakFor(ParticipantId, out var participant, out var refused))
        {
            return refused;
        }

        if (context.UnlessIn(Phase.ProjectGroups) is { } wrongPhase)
        {
            return wrongPhase;
        }

        if (context.State.FindGroup(GroupId) is not { } group)
        {
            return Refuse(RefusalCode.UnknownGroup);
        }

        if (participant.GroupId == GroupId)
        {
            return Refuse(RefusalCode.AlreadyInGroup);
        }

        if (group.Members.Count >= context.State.Template.Groups.MaxSize)
        {
            return Refuse(RefusalCode.GroupIsFull);
        }

        var joined = new JoinedProjectGroup(ParticipantId, GroupId);
        return participant.GroupId is { } previous ? Accept(new LeftProjectGroup(ParticipantId, previous), joined) : Accept(joined);
    }
}
