namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>
/// A label that must stay inside its box: SVG text does not wrap, so a name longer than the box (a
/// language with longer words) is drawn narrower to the box's width. The width is estimated from the
/// length (0.6 em a character, a bold glyph of the screens' font), as the page cannot be measured
/// here; a text just at the limit may so be drawn a little wider than it would be.
/// </summary>
internal static class BoxLabel
{
    private const int Padding = 8;

    /// <summary>The textLength to draw <paramref name="text"/> with, or null when it fits as it is.</summary>
    public static int? SqueezeTo(string? text, double fontSize, int boxWidth) =>
        text is not null && text.Length * fontSize * 0.6 > boxWidth - (2 * Padding) ? boxWidth - (2 * Padding) : null;
}
