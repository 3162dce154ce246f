using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Topics;

/// <summary>The facilitator types in a paper card from the wall. Late cards are still welcome while clustering.</summary>
public sealed record AddPaperTopic(Guid CommandId, Guid TopicId, string Text, string? Category) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (!context.Actor.IsFacilitator)
        {
            return Refuse(RefusalCode.NotAllowedForRole);
        }

        if (state.Phase is not (Phase.TopicCollection or Phase.Clustering))
        {
            return Refuse(RefusalCode.WrongPhase, state.Phase.ToString());
        }

        if (state.IsIdTaken(TopicId))
        {
            return Refuse(RefusalCode.DuplicateId, nameof(TopicId));
        }

        return TopicText.TryClean(Text, Category, out var text, out var category, out var refusal)
            ? Accept(new TopicSubmitted(TopicId, null, text, category, TopicSource.Paper, TopicVisibility.Shown, context.Now))
            : Decision.Refuse(refusal.Code, refusal.Detail);
    }
}
