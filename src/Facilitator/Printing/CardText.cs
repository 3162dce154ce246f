using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace OffeneVersammlung.Facilitator.Printing;

/// <summary>
/// Text on a printed card (the invitation's poster and flyer, the group space's QR cards): DejaVu Sans
/// (<see cref="PrintFonts"/>) in black, broken at spaces to the card's width, with a limit of lines after which the
/// last one ends in "…", so no text pushes the QR code off its card.
/// </summary>
public static class CardText
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XBrush Ink = XBrushes.Black;

    /// <summary>The print font at <paramref name="size"/> points times <paramref name="scale"/> (an A4 poster is an A6 card at scale 2).</summary>
    public static XFont Font(double size, double scale = 1, bool bold = false) =>
        new(PrintFonts.Family, size * scale, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    /// <summary>Draws wrapped text from <paramref name="y"/> on and returns where the next line starts.</summary>
    public static double Draw(XGraphics graphics, string text, XFont font, double x, double y, double width, int maxLines = 1)
    {
        ArgumentNullException.ThrowIfNull(graphics);
        ArgumentNullException.ThrowIfNull(font);
        var lineHeight = font.GetHeight();
        var lines = LinesOf(graphics, text, font, width, maxLines);
        new XTextFormatter(graphics).DrawString(string.Join('\n', lines), font, Ink, new XRect(x, y, width, lineHeight * lines.Count + 1), XStringFormats.TopLeft);
        return y + (lineHeight * lines.Count);
    }

    /// <summary>One line in a box of its own (a number before a step), not wrapped.</summary>
    public static void Label(XGraphics graphics, string text, XFont font, XRect box)
    {
        ArgumentNullException.ThrowIfNull(graphics);
        graphics.DrawString(text, font, Ink, box, XStringFormats.TopLeft);
    }

    /// <summary>Breaks at spaces to fit <paramref name="width"/>; beyond <paramref name="maxLines"/> the last line ends in "…".</summary>
    private static List<string> LinesOf(XGraphics graphics, string text, XFont font, double width, int maxLines)
    {
        var lines = new List<string>();
        var line = string.Empty;
        foreach (var word in text.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && graphics.MeasureString(candidate, font).Width > width)
            {
                lines.Add(line);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        if (line.Length > 0)
        {
            lines.Add(line);
        }

        if (lines.Count > maxLines)
        {
            lines = lines[..maxLines];
            lines[^1] += " …";
        }

        return lines.Count == 0 ? [string.Empty] : lines;
    }
}
