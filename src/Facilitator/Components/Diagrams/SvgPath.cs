using System.Globalization;
using System.Text;

namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>
/// Path data for the diagrams. Coordinates are whole pixels written with the invariant culture, so a
/// German UI culture never turns them into "12,5".
/// </summary>
internal static class SvgPath
{
    private const int CornerRadius = 8;
    private const int ArrowLength = 9;
    private const int ArrowHalfWidth = 5;

    /// <summary>An orthogonal line through <paramref name="points"/> with rounded corners, stopping short for an arrowhead.</summary>
    public static string Orthogonal(IReadOnlyList<SvgPoint> points)
    {
        var trimmed = points.ToList();
        trimmed[^1] = Shorten(trimmed[^2], trimmed[^1], ArrowLength - 1);
        var path = new StringBuilder(Invariant($"M{trimmed[0].X},{trimmed[0].Y}"));
        for (var i = 1; i < trimmed.Count - 1; i++)
        {
            var (before, corner, after) = (trimmed[i - 1], trimmed[i], trimmed[i + 1]);
            var radius = Math.Min(CornerRadius, Math.Min(Distance(before, corner), Distance(corner, after)) / 2);
            var entry = Shorten(before, corner, radius);
            var exit = Shorten(after, corner, radius);
            path.Append(Invariant($" L{entry.X},{entry.Y} Q{corner.X},{corner.Y} {exit.X},{exit.Y}"));
        }

        path.Append(Invariant($" L{trimmed[^1].X},{trimmed[^1].Y}"));
        return path.ToString();
    }

    /// <summary>A smooth S-curve from a right-hand side to a left-hand side, for the columns of the groups map.</summary>
    public static string Curve(SvgPoint from, SvgPoint to)
    {
        var bend = (to.X - from.X) / 2;
        return Invariant($"M{from.X},{from.Y} C{from.X + bend},{from.Y} {to.X - bend},{to.Y} {to.X},{to.Y}");
    }

    /// <summary>The triangle at the end of an orthogonal line that arrives from <paramref name="from"/> at <paramref name="tip"/>.</summary>
    public static string Arrowhead(SvgPoint from, SvgPoint tip)
    {
        var (dx, dy) = (Math.Sign(tip.X - from.X), Math.Sign(tip.Y - from.Y));
        var baseX = tip.X - (dx * ArrowLength);
        var baseY = tip.Y - (dy * ArrowLength);
        var (sideX, sideY) = (-dy * ArrowHalfWidth, dx * ArrowHalfWidth);
        return Invariant($"{tip.X},{tip.Y} {baseX + sideX},{baseY + sideY} {baseX - sideX},{baseY - sideY}");
    }

    private static int Distance(SvgPoint a, SvgPoint b) => Math.Abs(a.X - b.X) + Math.Abs(a.Y - b.Y);

    /// <summary>The point <paramref name="by"/> pixels before <paramref name="to"/> on the straight line from <paramref name="from"/>.</summary>
    private static SvgPoint Shorten(SvgPoint from, SvgPoint to, int by) =>
        new(to.X - (Math.Sign(to.X - from.X) * by), to.Y - (Math.Sign(to.Y - from.Y) * by));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
