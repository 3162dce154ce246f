using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Topics;

/// <summary>An author takes back their own topic while topics are being collected.</summary>
public sealed record WithdrawTopic(Guid CommandId, Guid TopicId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (state.FindTopic(TopicId) is not { } topic)
        {
            return Refuse(RefusalCode.UnknownTopic);
        }

        if (topic.AuthorId is null || topic.AuthorId != context.Actor.ParticipantId)
        {
            return Refuse(RefusalCode.NotYourTopic);
        }

        if (state.Phase != Phase.TopicCollection)
        {
            return Refuse(RefusalCode.WrongPhase, state.Phase.ToString());
        }

        return state.Votes.HasDotsOn(TopicId) ? Refuse(RefusalCode.TopicHasVotes) : Accept(new TopicWithdrawn(TopicId));
    }
}
