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
    public const int AreaHeader = WallLimits.AreaHeader;
    public const int AreaColumns = 2;
    public const int AreaWidth = (AreaColumns * CardWidth) + ((AreaColumns + 1) * Gap);
    private const int MinLooseColumns = 3;
    private const int MaxLooseColumns = 8;
    private const int DefaultAreaColumns = 3;
    private const int Margin = 48;

    public static WallView Of(AssemblyState state)
    {
        var topics = state.VisibleTopics.ToList();

        // The grid of unsorted cards is about square, by all cards on the wall, not the unsorted ones: so the
        // areas beside it stay put while cards move into them.
        var looseColumns = Math.Clamp((int)Math.Ceiling(Math.Sqrt(topics.Count * 1.5)), MinLooseColumns, MaxLooseColumns);
        var areasLeft = (looseColumns * (CardWidth + Gap)) + (3 * Gap);
        var areas = AreasOf(state, topics, areasLeft);
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
                cards.Add(new WallCard(topic.Id, LooseSlot(loose++, looseColumns), false));
            }
        }

        var boxes = areas.Select(a => a.Box).Concat(cards.Select(c => c.Box)).ToList();
        var width = boxes.Count == 0 ? areasLeft : boxes.Max(b => b.X + b.Width);
        var height = boxes.Count == 0 ? CardHeight : boxes.Max(b => b.Y + b.Height);
        return new WallView(width + Margin, height + Margin, areas, cards);
    }

    /// <summary>The area whose box holds the point, if any; the later area wins where two overlap, as it is drawn on top.</summary>
    public static WallArea? AreaAt(WallView wall, int x, int y) => wall.Areas.LastOrDefault(a => a.Box.Contains(x, y));

    private static List<WallArea> AreasOf(AssemblyState state, List<Topic> topics, int areasLeft)
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
            var box = new WallBox(areasLeft + (column * (AreaWidth + Gap)), columnBottoms[column], AreaWidth, height);
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

    private static WallBox LooseSlot(int slot, int columns) => new(
        slot % columns * (CardWidth + Gap),
        slot / columns * (CardHeight + Gap),
        CardWidth,
        CardHeight);

    /// <summary>Whether a card's top-left corner keeps the whole card on the wall.</summary>
    public static bool FitsCard(int x, int y) => x >= 0 && y >= 0 && x <= WallLimits.Extent - CardWidth && y <= WallLimits.Extent - CardHeight;

    /// <summary>Whether an area's top-left corner keeps its header on the wall (it grows downward with its cards).</summary>
    public static bool FitsArea(int x, int y) => x >= 0 && y >= 0 && x <= WallLimits.Extent - AreaWidth && y <= WallLimits.Extent - AreaHeader;
}
