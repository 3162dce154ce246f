using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Views;
using static OffeneVersammlung.Facilitator.Components.Diagrams.PhaseLayout;

namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>
/// Lays the phase graph out left to right in rows of at most five, so a whole template fits a
/// console column of about 1000 px at full size. Arrows that leave the forward path run orthogonally
/// in the gutters between rows, each in a lane of its own: back moves in the gutter above their
/// source row, forward jumps (an early close) in the gutter below it.
/// </summary>
internal static class PhaseDiagramLayout
{
    private const int MaxPerRow = 5;
    private const int Gap = 40;
    private const int MarginX = 24;
    private const int LaneGap = 24;
    private const int LanePad = 22;
    private const int OuterGutter = 12;
    private const int InnerGutter = 40;
    private const int WrapOverhang = 12;
    private const int MinLabelRun = 80;

    public static PhaseLayout Build(PhaseGraph graph, Phase current, IReadOnlyList<PhaseStep> history)
    {
        var order = graph.Phases;
        var index = order.Select((phase, i) => (phase, i)).ToDictionary(x => x.phase, x => x.i);
        var rows = (order.Count + MaxPerRow - 1) / MaxPerRow;
        var grid = new Grid((order.Count + rows - 1) / rows, index);

        var gutters = Gutters(OffPathMoves(graph, history, index), rows, grid);
        var gutterHeights = gutters.Select((lanes, g) => GutterHeight(lanes.Count, isOuter: g == 0 || g == rows)).ToList();
        var rowTops = RowTops(gutterHeights);
        var laneY = LaneHeights(gutters, gutterHeights, rowTops);

        var boxes = order.Select((phase, i) => new PhaseBox(
            phase,
            i + 1,
            MarginX + (grid.Col(phase) * (BoxWidth + Gap)),
            rowTops[grid.Row(phase)],
            ProgressOf(phase, current, history, index))).ToList();

        var ports = new Ports(boxes.ToDictionary(b => b.Phase));
        var arrows = ForwardArrows(graph, boxes, grid, gutters, laneY).ToList();
        arrows.AddRange(gutters.SelectMany(l => l).Where(l => l.Move is not null).Select(l => OffPathArrow(l.Move!, laneY[l], grid, ports)));

        var width = (2 * MarginX) + (grid.PerRow * BoxWidth) + ((grid.PerRow - 1) * Gap);
        var height = rowTops[^1] + BoxHeight + gutterHeights[^1];
        return new PhaseLayout(width, height, boxes, arrows);
    }

    /// <summary>
    /// A phase is done when the evening was in it and has moved past it; phases an early close jumped
    /// over, or that a step back left again, are not.
    /// </summary>
    private static PhaseProgress ProgressOf(Phase phase, Phase current, IReadOnlyList<PhaseStep> history, Dictionary<Phase, int> index)
    {
        if (phase == current)
        {
            return PhaseProgress.Current;
        }

        var visited = phase == Phase.Lobby || history.Any(s => s.From == phase || s.To == phase);
        return visited && index.TryGetValue(current, out var now) && index[phase] < now ? PhaseProgress.Done : PhaseProgress.Ahead;
    }

    /// <summary>
    /// The lanes of each gutter (gutter g lies above row g), top to bottom: forward jumps from the row
    /// above (shortest first), the wrap from the row above, then back moves from the row below
    /// (shortest last, nearest its row), so nested arrows do not cross each other.
    /// </summary>
    private static List<List<Lane>> Gutters(List<Move> offPath, int rows, Grid grid)
    {
        var gutters = Enumerable.Range(0, rows + 1).Select(_ => new List<Lane>()).ToList();
        foreach (var move in offPath.Where(m => !m.IsBack).OrderBy(m => m.Span))
        {
            gutters[grid.Row(move.From) + 1].Add(new Lane(move));
        }

        for (var row = 0; row < rows - 1; row++)
        {
            gutters[row + 1].Add(new Lane(null));
        }

        foreach (var move in offPath.Where(m => m.IsBack).OrderByDescending(m => m.Span))
        {
            gutters[grid.Row(move.From)].Add(new Lane(move));
        }

        return gutters;
    }

    private static List<int> RowTops(List<int> gutterHeights)
    {
        var tops = new List<int>();
        var y = 0;
        for (var row = 0; row < gutterHeights.Count - 1; row++)
        {
            y += gutterHeights[row];
            tops.Add(y);
            y += BoxHeight;
        }

        return tops;
    }

    private static Dictionary<Lane, int> LaneHeights(List<List<Lane>> gutters, List<int> gutterHeights, List<int> rowTops)
    {
        var laneY = new Dictionary<Lane, int>();
        for (var g = 0; g < gutters.Count; g++)
        {
            var top = g == 0 ? 0 : rowTops[g - 1] + BoxHeight;
            var lanes = gutters[g];
            for (var k = 0; k < lanes.Count; k++)
            {
                // A wrap alone runs through the middle of its gutter.
                laneY[lanes[k]] = lanes.Count == 1 && lanes[k].Move is null ? top + (gutterHeights[g] / 2) : top + LanePad + (k * LaneGap);
            }
        }

        return laneY;
    }

    private static int GutterHeight(int lanes, bool isOuter) =>
        Math.Max(isOuter ? OuterGutter : InnerGutter, lanes == 0 ? 0 : (2 * LanePad) + ((lanes - 1) * LaneGap) - 4);

    /// <summary>The moves drawn off the forward path: what the evening did, then the shortcuts it could take.</summary>
    private static List<Move> OffPathMoves(PhaseGraph graph, IReadOnlyList<PhaseStep> history, Dictionary<Phase, int> index)
    {
        var taken = history
            .Where(s => index.ContainsKey(s.From) && index.ContainsKey(s.To) && index[s.To] != index[s.From] + 1)
            .GroupBy(s => (s.From, s.To))
            .Select(g => new Move(g.Key.From, g.Key.To, g.Last().Trigger, PhaseArrowKind.Taken, g.Count(), index))
            .ToList();
        var shortcuts = graph.Edges
            .Where(e => e.Trigger is PhaseTrigger.ReopenTopicCollection or PhaseTrigger.RunOff)
            .Where(e => !taken.Any(t => t.From == e.From && t.To == e.To))
            .Select(e => new Move(e.From, e.To, e.Trigger, PhaseArrowKind.Possible, 0, index));
        return [.. taken, .. shortcuts];
    }

    private static IEnumerable<PhaseArrow> ForwardArrows(
        PhaseGraph graph, List<PhaseBox> boxes, Grid grid, List<List<Lane>> gutters, Dictionary<Lane, int> laneY)
    {
        var byPhase = boxes.ToDictionary(b => b.Phase);
        foreach (var edge in graph.Edges.Where(e => e.Trigger == PhaseTrigger.Advance))
        {
            var (from, to) = (byPhase[edge.From], byPhase[edge.To]);
            var exit = new SvgPoint(from.X + BoxWidth, from.Y + (BoxHeight / 2));
            var entry = new SvgPoint(to.X, to.Y + (BoxHeight / 2));
            List<SvgPoint> points;
            if (grid.Row(edge.From) == grid.Row(edge.To))
            {
                points = [exit, entry];
            }
            else
            {
                var wrap = gutters[grid.Row(edge.To)].Single(l => l.Move is null);
                var lane = laneY[wrap];
                points =
                [
                    exit,
                    new(exit.X + WrapOverhang, exit.Y),
                    new(exit.X + WrapOverhang, lane),
                    new(entry.X - WrapOverhang, lane),
                    new(entry.X - WrapOverhang, entry.Y),
                    entry,
                ];
            }

            yield return new PhaseArrow(
                edge.From, edge.To, edge.Trigger, PhaseArrowKind.Forward, 0, SvgPath.Orthogonal(points), SvgPath.Arrowhead(points[^2], points[^1]), exit, false);
        }
    }

    private static PhaseArrow OffPathArrow(Move move, int lane, Grid grid, Ports ports)
    {
        var sameRow = grid.Row(move.From) == grid.Row(move.To);
        var leavesTop = move.IsBack;
        var entersTop = move.IsBack ? sameRow : !sameRow;
        var start = ports.Take(move.From, top: leavesTop, toward: move.To);
        var end = ports.Take(move.To, top: entersTop, toward: move.From);
        List<SvgPoint> points = [start, new(start.X, lane), new(end.X, lane), end];
        var beside = Math.Abs(start.X - end.X) < MinLabelRun;
        var label = beside ? new SvgPoint(Math.Max(start.X, end.X) + 8, lane - 6) : new SvgPoint((start.X + end.X) / 2, lane - 6);
        return new PhaseArrow(
            move.From, move.To, move.Trigger, move.Kind, move.Times, SvgPath.Orthogonal(points), SvgPath.Arrowhead(points[^2], points[^1]), label, beside);
    }

    private sealed record Move(Phase From, Phase To, PhaseTrigger Trigger, PhaseArrowKind Kind, int Times, Dictionary<Phase, int> Index)
    {
        public bool IsBack => Index[To] < Index[From];

        public int Span => Math.Abs(Index[To] - Index[From]);
    }

    /// <summary>A horizontal track in a gutter: an off-path move, or (without one) the wrap to the next row.</summary>
    private sealed class Lane(Move? move)
    {
        public Move? Move { get; } = move;
    }

    private sealed class Grid(int perRow, Dictionary<Phase, int> index)
    {
        public int PerRow => perRow;

        public int Row(Phase phase) => index[phase] / perRow;

        public int Col(Phase phase) => index[phase] % perRow;
    }

    /// <summary>
    /// Spreads the arrows that touch the same side of a box, so they never share a line: each next
    /// one 18 px further from the middle, alternating sides, nudged toward the arrow's other end.
    /// </summary>
    private sealed class Ports(Dictionary<Phase, PhaseBox> boxes)
    {
        private readonly Dictionary<(Phase, bool), int> _taken = [];

        public SvgPoint Take(Phase phase, bool top, Phase toward)
        {
            var box = boxes[phase];
            var slot = _taken.TryGetValue((phase, top), out var count) ? count : 0;
            _taken[(phase, top)] = slot + 1;
            var offset = (slot % 2 == 0 ? 1 : -1) * ((slot + 1) / 2) * 18;
            var towardLeft = boxes[toward].X < box.X ? -10 : 10;
            return new SvgPoint(box.X + (BoxWidth / 2) + towardLeft + offset, top ? box.Y : box.Y + BoxHeight);
        }
    }
}
