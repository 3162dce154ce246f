using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Clustering;

/// <summary>
/// Puts a visible topic's card at a free spot of the wall (its top-left corner); a card that was in a
/// cluster leaves it. A spot whose card centre falls inside an area is refused: that is a
/// <see cref="PlaceTopic"/>, and the card would otherwise sit in an area it does not belong to.
/// </summary>
public sealed record MoveCard(Guid CommandId, Guid TopicId, int X, int Y) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if ((context.UnlessFacilitator() ?? context.UnlessIn(ClusteringPhases.All)) is { } refused)
        {
            return refused;
        }

        if (state.FindTopic(TopicId) is not { Visibility: TopicVisibility.Shown } topic)
        {
            return Refuse(RefusalCode.UnknownTopic);
        }

        if (!WallLayout.FitsCard(X, Y))
        {
            return Refuse(RefusalCode.ValueOutOfRange, X < 0 || X > WallLimits.Extent - WallLayout.CardWidth ? nameof(X) : nameof(Y));
        }

        var centreX = X + (WallLayout.CardWidth / 2);
        var centreY = Y + (WallLayout.CardHeight / 2);
        if (WallLayout.AreaAt(WallLayout.Of(state), centreX, centreY) is not null)
        {
            return Refuse(RefusalCode.ValueOutOfRange, "Area");
        }

        if (topic.ClusterId is null && topic.Spot == new WallSpot(X, Y))
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(X));
        }

        return topic.ClusterId is null
            ? Accept(new CardMoved(TopicId, X, Y))
            : Accept(new TopicClustered(TopicId, null), new CardMoved(TopicId, X, Y));
    }
}
