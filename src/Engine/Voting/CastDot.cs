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
        if (round.DotsOf(ParticipantId) >= round.DotsPerPerson)
        {
            return Refuse(RefusalCode.NoDotsLeft);
        }

        return round.DotsOf(ParticipantId, TopicId) >= round.MaxDotsPerTopic
            ? Refuse(RefusalCode.TopicDotLimitReached)
            : Accept(new DotCast(ParticipantId, TopicId, round.Number));
    }
}
