using OffeneVersammlung.Contracts;
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

        return (topic.AuthorId is null || topic.AuthorId != context.Actor.ParticipantId ? Refuse(RefusalCode.NotYourTopic) : null)
            ?? context.UnlessIn(Phase.TopicCollection)
            ?? (state.Votes.HasDotsOn(TopicId) ? Refuse(RefusalCode.TopicHasVotes) : null)
            ?? Accept(new TopicWithdrawn(TopicId));
    }
}
