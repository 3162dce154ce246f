using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Voting;

/// <summary>Takes one of the participant's dots back from a topic, while the round is still hidden.</summary>
public sealed record RemoveDot(Guid CommandId, Guid ParticipantId, Guid TopicId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (!context.TrySpeakFor(ParticipantId, out _, out var refused))
        {
            return refused;
        }

        var round = context.State.Votes.Current;
        return VotingGate.Check(context.State, TopicId)?.AsDecision()
            ?? (round.DotsOf(ParticipantId, TopicId) == 0 ? Refuse(RefusalCode.NoDotOnTopic) : null)
            ?? Accept(new DotRemoved(ParticipantId, TopicId, round.Number));
    }
}
