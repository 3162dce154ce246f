using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Topics;

namespace OffeneVersammlung.Engine.Voting;

/// <summary>What every dot, phone or paper, must pass: an open, unrevealed round and a topic that is on the ballot.</summary>
internal static class VotingGate
{
    public static Refusal? Check(AssemblyState state, Guid topicId)
    {
        if (state.Phase != Phase.DotVoting)
        {
            return new Refusal(RefusalCode.WrongPhase, state.Phase.ToString());
        }

        if (state.Votes.Current.IsRevealed)
        {
            return new Refusal(RefusalCode.VotesAlreadyRevealed);
        }

        if (state.FindTopic(topicId) is not { } topic)
        {
            return new Refusal(RefusalCode.UnknownTopic);
        }

        if (topic.Visibility != TopicVisibility.Shown)
        {
            return new Refusal(RefusalCode.TopicNotVisible);
        }

        return state.Votes.Current.Includes(topicId) ? null : new Refusal(RefusalCode.TopicNotInRunOff);
    }
}
