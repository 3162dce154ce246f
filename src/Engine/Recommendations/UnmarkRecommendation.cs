using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Recommendations;

/// <summary>The facilitator takes a topic off the recommendations again.</summary>
public sealed record UnmarkRecommendation(Guid CommandId, Guid TopicId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context) =>
        RecommendationRules.UnlessResultsShown(context)
        ?? (context.State.Recommendations.Contains(TopicId) ? null : Refuse(RefusalCode.NotARecommendation))
        ?? Accept(new RecommendationUnmarked(TopicId));
}
