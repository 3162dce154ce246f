using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Voting;

/// <summary>
/// One dot on one topic. A participant casts their own; the facilitator casts the paper dots of
/// someone without a phone, from that person's budget, so they count equally.
/// </summary>
public sealed record CastDot(Guid CommandId, Guid ParticipantId, Guid TopicId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (!context.TrySpeakFor(ParticipantId, out _, out var refused))
        {
            return refused;
        }

        var round = context.State.Votes.Current;
        return VotingGate.Check(context.State, TopicId)?.AsDecision()
            ?? (round.DotsOf(ParticipantId) >= round.DotsPerPerson ? Refuse(RefusalCode.NoDotsLeft) : null)
            ?? (round.DotsOf(ParticipantId, TopicId) >= round.MaxDotsPerTopic ? Refuse(RefusalCode.TopicDotLimitReached) : null)
            ?? Accept(new DotCast(ParticipantId, TopicId, round.Number));
    }
}
