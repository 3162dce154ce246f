using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Topics;

namespace OffeneVersammlung.Engine.Clustering;

/// <summary>
/// Lays out the clustering wall from the state, the same for every screen: the cards in no cluster on
/// the left (where a facilitator put them, else in a grid by number), the areas to the right (where a
/// facilitator moved them, else in three columns by number), each area as tall as its cards need.
/// Cards in an area sit in its rows by number, so moving an area moves its cards and a card dropped into
/// an area never lands on top of another.
/// </summary>
internal static class WallLayout
{
    public const int CardWidth = 220;
    public const int CardHeight = 88;
    public const int Gap = 16;
    public const int AreaHeader = 64;
    public const int AreaColumns = 2;
    public const int AreaWidth = (AreaColumns * CardWidth) + ((AreaColumns + 1) * Gap);
    private const int LooseColumns = 6;
    private const int AreasLeft = (LooseColumns * (CardWidth + Gap)) + (3 * Gap);
    private const int DefaultAreaColumns = 3;
    private const int Margin = 48;

    public static WallView Of(AssemblyState state)
    {
        var topics = state.VisibleTopics.ToList();
        var areas = AreasOf(state, topics);
        var cards = new List<WallCard>();
        var loose = 0;
        foreach (var topic in topics)
        {
            if (topic.ClusterId is { } clusterId && areas.FirstOrDefault(a => a.ClusterId == clusterId) is { } area)
            {
                var slot = topics.Where(t => t.ClusterId == clusterId).TakeWhile(t => t.Id != topic.Id).Count();
                cards.Add(new WallCard(topic.Id, SlotIn(area.Box, slot), false));
            }
            else if (topic.Spot is { } spot)
            {
                cards.Add(new WallCard(topic.Id, new WallBox(spot.X, spot.Y, CardWidth, CardHeight), true));
            }
            else
            {
                cards.Add(new WallCard(topic.Id, LooseSlot(loose++), false));
            }
        }

        var boxes = areas.Select(a => a.Box).Concat(cards.Select(c => c.Box)).ToList();
        var width = boxes.Count == 0 ? AreasLeft : boxes.Max(b => b.X + b.Width);
        var height = boxes.Count == 0 ? CardHeight : boxes.Max(b => b.Y + b.Height);
        return new WallView(width + Margin, height + Margin, areas, cards);
    }

    /// <summary>The area whose box holds the point, if any; the later area wins where two overlap, as it is drawn on top.</summary>
    public static WallArea? AreaAt(WallView wall, int x, int y) => wall.Areas.LastOrDefault(a => a.Box.Contains(x, y));

    private static List<WallArea> AreasOf(AssemblyState state, List<Topic> topics)
    {
        var areas = new List<WallArea>();
        var columnBottoms = new int[DefaultAreaColumns];
        var index = 0;
        foreach (var cluster in state.Clusters)
        {
            var height = HeightFor(topics.Count(t => t.ClusterId == cluster.Id));
            if (cluster.Spot is { } spot)
            {
                areas.Add(new WallArea(cluster.Id, new WallBox(spot.X, spot.Y, AreaWidth, height), true));
                continue;
            }

            var column = index++ % DefaultAreaColumns;
            var box = new WallBox(AreasLeft + (column * (AreaWidth + Gap)), columnBottoms[column], AreaWidth, height);
            columnBottoms[column] += height + Gap;
            areas.Add(new WallArea(cluster.Id, box, false));
        }

        return areas;
    }

    private static int HeightFor(int cards)
    {
        var rows = Math.Max(1, (cards + AreaColumns - 1) / AreaColumns);
        return AreaHeader + (rows * (CardHeight + Gap));
    }

    private static WallBox SlotIn(WallBox area, int slot) => new(
        area.X + Gap + (slot % AreaColumns * (CardWidth + Gap)),
        area.Y + AreaHeader + (slot / AreaColumns * (CardHeight + Gap)),
        CardWidth,
        CardHeight);

    private static WallBox LooseSlot(int slot) => new(
        slot % LooseColumns * (CardWidth + Gap),
        slot / LooseColumns * (CardHeight + Gap),
        CardWidth,
        CardHeight);

    /// <summary>Whether a card's top-left corner keeps the whole card on the wall.</summary>
    public static bool FitsCard(int x, int y) => x >= 0 && y >= 0 && x <= WallLimits.Extent - CardWidth && y <= WallLimits.Extent - CardHeight;

    /// <summary>Whether an area's top-left corner keeps its header on the wall (it grows downward with its cards).</summary>
    public static bool FitsArea(int x, int y) => x >= 0 && y >= 0 && x <= WallLimits.Extent - AreaWidth && y <= WallLimits.Extent - AreaHeader;
}
