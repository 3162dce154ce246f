using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Topics;

/// <summary>
/// The facilitator folds a duplicate into another topic. Topics that already carry dots are not
/// merged: moving dots could push someone past the per-topic limit behind their back.
/// </summary>
public sealed record MergeTopics(Guid CommandId, Guid DuplicateTopicId, Guid IntoTopicId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (!context.Actor.IsFacilitator)
        {
            return Refuse(RefusalCode.NotAllowedForRole);
        }

        if (state.Phase == Phase.Closed)
        {
            return Refuse(RefusalCode.AssemblyClosed);
        }

        if (state.FindTopic(DuplicateTopicId) is null || state.FindTopic(IntoTopicId) is null)
        {
            return Refuse(RefusalCode.UnknownTopic);
        }

        if (DuplicateTopicId == IntoTopicId)
        {
            return Refuse(RefusalCode.CannotMergeTopicIntoItself);
        }

        return state.Votes.HasDotsOn(DuplicateTopicId) || state.Votes.HasDotsOn(IntoTopicId)
            ? Refuse(RefusalCode.TopicHasVotes)
            : Accept(new TopicsMerged(DuplicateTopicId, IntoTopicId));
    }
}
