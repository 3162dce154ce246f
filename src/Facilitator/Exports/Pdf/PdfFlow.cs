using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OffeneVersammlung.Facilitator.Exports.Pdf;

/// <summary>
/// Text running down A4 pages: each block asks for the room it needs and gets a new page when the rest of this one is
/// too short; at the end every page gets its number ("Seite 2 von 3") in the bottom margin.
/// </summary>
internal sealed class PdfFlow : IDisposable
{
    public const double Margin = 50;
    private const double FooterHeight = 24;
    private static readonly XBrush Ink = XBrushes.Black;

    private readonly PdfDocument _document;
    private XGraphics _graphics;
    private bool _closed;

    public PdfFlow(PdfDocument document)
    {
        _document = document;
        _graphics = NewPage();
    }

    /// <summary>Runs at every new page, after the page is added (the topics table repeats its header there).</summary>
    public Action? OnNewPage { get; set; }

    public double Left => Margin;

    public double Width => Page.Width.Point - (2 * Margin);

    public double Y { get; set; } = Margin;

    public XGraphics Graphics => _graphics;

    private PdfPage Page => _document.Pages[^1];

    private double Bottom => Page.Height.Point - Margin - FooterHeight;

    /// <summary>Starts a new page unless <paramref name="height"/> still fits on this one.</summary>
    public void Need(double height)
    {
        if (Y + height <= Bottom || Y <= Margin)
        {
            return;
        }

        _graphics.Dispose();
        _graphics = NewPage();
        Y = Margin;
        OnNewPage?.Invoke();
    }

    /// <summary>Wrapped text at <paramref name="x"/> (relative to the left margin) in <paramref name="width"/>, breaking across pages line by line.</summary>
    public void Text(string text, XFont font, double x = 0, double? width = null, double after = 0)
    {
        var lineHeight = font.GetHeight();
        foreach (var line in PdfLines.Of(_graphics, text, font, width ?? (Width - x)))
        {
            Need(lineHeight);
            _graphics.DrawString(line, font, Ink, new XRect(Left + x, Y, width ?? (Width - x), lineHeight), XStringFormats.TopLeft);
            Y += lineHeight;
        }

        Y += after;
    }

    /// <summary>Lines already broken for a column, drawn without a page check (a table row checks its whole height first).</summary>
    public void Column(IReadOnlyList<string> lines, XFont font, double x, double width, bool alignRight = false)
    {
        var lineHeight = font.GetHeight();
        for (var i = 0; i < lines.Count; i++)
        {
            _graphics.DrawString(lines[i], font, Ink, new XRect(Left + x, Y + (i * lineHeight), width, lineHeight), alignRight ? XStringFormats.TopRight : XStringFormats.TopLeft);
        }
    }

    public void Rule(double thickness = 0.5) => _graphics.DrawLine(new XPen(XColors.Black, thickness), Left, Y, Left + Width, Y);

    /// <summary>Numbers every page, once the last one is known.</summary>
    public void NumberPages(Func<int, int, string> label, XFont font)
    {
        Dispose();
        var count = _document.PageCount;
        for (var i = 0; i < count; i++)
        {
            var page = _document.Pages[i];
            using var graphics = XGraphics.FromPdfPage(page, XGraphicsPdfPageOptions.Append);
            var box = new XRect(Margin, page.Height.Point - Margin - font.GetHeight(), page.Width.Point - (2 * Margin), font.GetHeight());
            graphics.DrawString(label(i + 1, count), font, Ink, box, XStringFormats.TopCenter);
        }
    }

    public void Dispose()
    {
        if (!_closed)
        {
            _closed = true;
            _graphics.Dispose();
        }
    }

    private XGraphics NewPage()
    {
        var page = _document.AddPage();
        page.Size = PageSize.A4;
        return XGraphics.FromPdfPage(page);
    }
}
