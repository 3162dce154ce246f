namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>
/// SVG text does not wrap: long labels are cut to fit their box, the full text stays in the title.
/// Widths are estimated from rough glyph classes of a sans-serif font, on the generous side, so
/// "WWWW" is cut sooner than "illi"; the server cannot measure the browser's font.
/// </summary>
internal static class DiagramText
{
    private const string Ellipsis = "…";

    public static string Fit(string text, int maxWidth, int fontSize, bool bold = false)
    {
        var oneLine = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var scale = fontSize * (bold ? 1.08 : 1.0);
        if (WidthOf(oneLine) * scale <= maxWidth)
        {
            return oneLine;
        }

        var room = maxWidth - (WidthOf(Ellipsis) * scale);
        var used = 0.0;
        var cut = 0;
        while (cut < oneLine.Length && used + (Em(oneLine[cut]) * scale) <= room)
        {
            used += Em(oneLine[cut]) * scale;
            cut++;
        }

        return string.Concat(oneLine.AsSpan(0, cut).TrimEnd(), Ellipsis);
    }

    private static double WidthOf(string text) => text.Sum(Em);

    /// <summary>A glyph's advance in em, rounded up from common sans-serif fonts (DejaVu Sans, Segoe UI, Roboto).</summary>
    private static double Em(char c) => c switch
    {
        'i' or 'l' or 'j' or 'I' or '.' or ',' or ':' or ';' or '\'' or '|' or '!' => 0.3,
        'f' or 't' or 'r' or ' ' or '(' or ')' or '[' or ']' or '-' => 0.4,
        'm' or 'w' or 'M' or 'W' or '@' or '%' => 0.95,
        _ when char.IsUpper(c) || char.IsDigit(c) => 0.72,
        _ => 0.62,
    };
}
