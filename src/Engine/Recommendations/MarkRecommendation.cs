using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Recommendations;

/// <summary>
/// The facilitator marks a topic as one of the assembly's recommendations, with one sentence; marking it again
/// rewrites the sentence. Allowed from the reveal on, also after the close: the sentence is often agreed at the end.
/// </summary>
public sealed record MarkRecommendation(Guid CommandId, Guid TopicId, string Sentence) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var list = context.State.Recommendations;
        if ((RecommendationRules.UnlessResultsShown(context)
            ?? RecommendationRules.UnlessShownTopic(context.State, TopicId)
            ?? (list.Count >= RecommendationList.Max && !list.Contains(TopicId) ? Refuse(RefusalCode.TooManyRecommendations) : null)) is { } refused)
        {
            return refused;
        }

        return RecommendationRules.TrySentence(Sentence, out var sentence, out var refusal)
            ? Accept(new RecommendationMarked(TopicId, sentence, context.Now))
            : refusal.AsDecision();
    }
}
