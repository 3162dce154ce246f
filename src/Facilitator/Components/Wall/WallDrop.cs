using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Facilitator.Components.Wall;

/// <summary>What letting go of a card means, read from where its centre landed on the wall the engine laid out.</summary>
public abstract record WallDrop
{
    /// <summary>Onto another card: offer to merge the two.</summary>
    public sealed record OntoCard(Guid TopicId) : WallDrop;

    /// <summary>Into an area the card is not in yet.</summary>
    public sealed record IntoArea(Guid ClusterId) : WallDrop;

    /// <summary>On the free wall: the card stays where it was let go (and leaves its area).</summary>
    public sealed record FreeSpot(int X, int Y) : WallDrop;

    /// <summary>Back where it was (in its own area): nothing to send.</summary>
    public sealed record Nowhere : WallDrop;

    public static WallDrop Of(WallView wall, Guid topicId, Guid? clusterId, double x, double y)
    {
        var card = wall.Cards.FirstOrDefault(c => c.TopicId == topicId);
        if (card is null)
        {
            return new Nowhere();
        }

        var left = (int)Math.Round(x);
        var top = (int)Math.Round(y);
        var centreX = left + (card.Box.Width / 2);
        var centreY = top + (card.Box.Height / 2);
        if (wall.Cards.LastOrDefault(c => c.TopicId != topicId && c.Box.Contains(centreX, centreY)) is { } other)
        {
            return new OntoCard(other.TopicId);
        }

        if (wall.Areas.LastOrDefault(a => a.Box.Contains(centreX, centreY)) is { } area)
        {
            return area.ClusterId == clusterId ? new Nowhere() : new IntoArea(area.ClusterId);
        }

        var freeX = Math.Clamp(left, 0, WallLimits.Extent - card.Box.Width);
        var freeY = Math.Clamp(top, 0, WallLimits.Extent - card.Box.Height);
        return clusterId is null && card.Box.X == freeX && card.Box.Y == freeY ? new Nowhere() : new FreeSpot(freeX, freeY);
    }
}
