using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Recommendations;

/// <summary>The facilitator puts a recommendation at <see cref="Position"/> (0 is first); the protocol prints them in this order.</summary>
public sealed record MoveRecommendation(Guid CommandId, Guid TopicId, int Position) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var list = context.State.Recommendations;
        return RecommendationRules.UnlessResultsShown(context)
            ?? (list.Contains(TopicId) ? null : Refuse(RefusalCode.NotARecommendation))
            ?? (Position >= 0 && Position < list.Count ? null : Refuse(RefusalCode.ValueOutOfRange, "position"))
            ?? Accept(new RecommendationMoved(TopicId, Position));
    }
}
