using OffeneVersammlung.Contracts;
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
        var votes = state.Votes;
        return context.UnlessFacilitator()
            ?? (state.FindTopic(DuplicateTopicId) is null || state.FindTopic(IntoTopicId) is null ? Refuse(RefusalCode.UnknownTopic) : null)
            ?? (DuplicateTopicId == IntoTopicId ? Refuse(RefusalCode.CannotMergeTopicIntoItself) : null)
            ?? (votes.HasDotsOn(DuplicateTopicId) || votes.HasDotsOn(IntoTopicId) ? Refuse(RefusalCode.TopicHasVotes) : null)
            ?? Accept(new TopicsMerged(DuplicateTopicId, IntoTopicId));
    }
}
