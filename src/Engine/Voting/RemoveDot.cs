using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Voting;

/// <summary>Takes one of the participant's dots back from a topic, while the round is still hidden.</summary>
public sealed record RemoveDot(Guid CommandId, Guid ParticipantId, Guid TopicId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (state.FindParticipant(ParticipantId) is not { } voter)
        {
            return Refuse(RefusalCode.UnknownParticipant);
        }

        if (!context.Actor.MaySpeakFor(voter))
        {
            return Refuse(RefusalCode.NotAllowedForRole);
        }

        if (VotingGate.Check(state, TopicId) is { } refusal)
        {
            return Decision.Refuse(refusal.Code, refusal.Detail);
        }

        var round = state.Votes.Current;
        return round.DotsOf(ParticipantId, TopicId) == 0
            ? Refuse(RefusalCode.NoDotOnTopic)
            : Accept(new DotRemoved(ParticipantId, TopicId, round.Number));
    }
}
