using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Topics;

/// <summary>The facilitator types in a paper card from the wall. Late cards are still welcome while clustering.</summary>
public sealed record AddPaperTopic(Guid CommandId, Guid TopicId, string Text, string? Category) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if ((context.UnlessFacilitator() ?? context.UnlessIn(Phase.TopicCollection, Phase.Clustering)) is { } refused)
        {
            return refused;
        }

        if (context.State.IsIdTaken(TopicId))
        {
            return Refuse(RefusalCode.DuplicateId, nameof(TopicId));
        }

        return TopicText.TryClean(Text, Category, out var text, out var category, out var refusal)
            ? Accept(new TopicSubmitted(TopicId, null, text, category, TopicSource.Paper, TopicVisibility.Shown, context.Now))
            : refusal.AsDecision();
    }
}
