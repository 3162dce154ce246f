using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Facilitator.Resources;
using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Drawing.Layout;
using PdfSharp.Pdf;

namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>
/// The invitation on paper, as real PDF (PDFsharp): an A4 poster for the notice board and A6 flyers, four to an A4
/// page with cut marks. Black on white only, so a cheap copier keeps it readable; the QR code leads to the
/// announcement page, the short code is printed large beside it for those who type.
/// </summary>
public static class AnnouncementPrint
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XBrush Ink = XBrushes.Black;

    /// <summary>
    /// The words poster and flyer are printed in for a page in <paramref name="texts"/>' language. PDFsharp 6 neither joins
    /// Arabic letters nor runs a line right to left, so a right-to-left language gets the German print instead of a
    /// row of broken glyphs (decision 0017); Latin and Cyrillic print as they are, DejaVu Sans has both.
    /// </summary>
    public static AnnouncementTexts Printable(AnnouncementTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Language.Direction == TextDirection.LeftToRight ? texts : AnnouncementTexts.For(UiLanguages.Default.Tag);
    }

    public static byte[] Poster(PublicAnnouncement announcement, AnnouncementTexts texts)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(texts);
        using var document = NewDocument(announcement, texts);
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            Card(graphics, new XRect(0, 0, page.Width.Point, page.Height.Point), announcement, texts, scale: 2.0);
        }

        return Save(document);
    }

    public static byte[] Flyer(PublicAnnouncement announcement, AnnouncementTexts texts)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(texts);
        using var document = NewDocument(announcement, texts);
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            var (width, height) = (page.Width.Point / 2, page.Height.Point / 2);
            for (var row = 0; row < 2; row++)
            {
                for (var column = 0; column < 2; column++)
                {
                    Card(graphics, new XRect(column * width, row * height, width, height), announcement, texts, scale: 1.0);
                }
            }

            CutMarks(graphics, page.Width.Point, page.Height.Point);
        }

        return Save(document);
    }

    private static PdfDocument NewDocument(PublicAnnouncement announcement, AnnouncementTexts texts)
    {
        PrintFonts.Use();
        var document = new PdfDocument();
        document.Info.Title = announcement.View.Title;
        document.Info.Subject = texts["Invitation"];
        document.Info.Creator = "Offene Versammlung";
        return document;
    }

    /// <summary>One invitation in <paramref name="box"/>: A6 at scale 1, the A4 poster at scale 2 (A4 is A6 doubled).</summary>
    private static void Card(XGraphics graphics, XRect box, PublicAnnouncement announcement, AnnouncementTexts texts, double scale)
    {
        var view = announcement.View;
        var margin = 22 * scale;
        var x = box.X + margin;
        var width = box.Width - (2 * margin);
        var y = box.Y + margin;
        var formatter = new XTextFormatter(graphics);

        y = Text(formatter, graphics, texts["Invitation"].ToUpperInvariant(), Font(8, scale, bold: true), x, y, width);
        y = Text(formatter, graphics, view.Title, Font(17, scale, bold: true), x, y + (2 * scale), width, maxLines: 3);
        y = Text(formatter, graphics, texts.Date(view.Date), Font(12, scale, bold: true), x, y + (4 * scale), width, maxLines: 2);
        y = Text(formatter, graphics, texts.Time(view.Date), Font(12, scale, bold: true), x, y, width);
        if (view.Series is { } series)
        {
            y = Text(formatter, graphics, texts.Series(series, view.AnnouncedDate), Font(8.5, scale), x, y, width);
        }

        if ((view.Place ?? view.OnlineLink) is { } where)
        {
            y = Text(formatter, graphics, where, Font(10, scale), x, y + (2 * scale), width, maxLines: 2);
        }

        y = Text(formatter, graphics, texts["NoRegistration"], Font(8.5, scale), x, y + (4 * scale), width, maxLines: 3);

        // The QR code and the code beside it; the quiet zone is in the image itself.
        var qrSize = 118 * scale;
        var qrTop = y + (6 * scale);
        using (var stream = new MemoryStream(PrintQr.Png(announcement.PageUrl)))
        {
            var qr = XImage.FromStream(stream);
            qr.Interpolate = false;
            graphics.DrawImage(qr, x - (6 * scale), qrTop, qrSize, qrSize);
        }

        var besideX = x + qrSize;
        var besideWidth = width - qrSize + (6 * scale);
        var codeY = Text(formatter, graphics, texts["PosterScan"], Font(8, scale), besideX, qrTop + (10 * scale), besideWidth, maxLines: 4);
        codeY = Text(formatter, graphics, texts["CodeOnPoster"], Font(8, scale), besideX, codeY + (6 * scale), besideWidth);
        Text(formatter, graphics, announcement.JoinCode, Font(17, scale, bold: true), besideX, codeY, besideWidth);

        y = qrTop + qrSize + (2 * scale);
        var stepFont = Font(10, scale);
        var numberFont = Font(10, scale, bold: true);
        var numberWidth = 16 * scale;
        var bottom = box.Bottom - margin - (view.ContactPhone is null ? 0 : 14 * scale);
        for (var i = 1; i <= 3 && y < bottom; i++)
        {
            graphics.DrawString(i + ".", numberFont, Ink, new XRect(x, y, numberWidth, 14 * scale), XStringFormats.TopLeft);
            y = Text(formatter, graphics, texts["How" + i], stepFont, x + numberWidth, y, width - numberWidth, maxLines: 2) + (2 * scale);
        }

        if (view.ContactPhone is { } phone)
        {
            Text(formatter, graphics, texts.Format("ContactCall", phone), Font(9, scale, bold: true), x, box.Bottom - margin - (11 * scale), width);
        }
    }

    /// <summary>Draws wrapped text from <paramref name="y"/> on and returns where the next line starts.</summary>
    private static double Text(XTextFormatter formatter, XGraphics graphics, string text, XFont font, double x, double y, double width, int maxLines = 1)
    {
        var lineHeight = font.GetHeight();
        var lines = LinesOf(graphics, text, font, width, maxLines);
        formatter.DrawString(string.Join('\n', lines), font, Ink, new XRect(x, y, width, lineHeight * lines.Count + 1), XStringFormats.TopLeft);
        return y + (lineHeight * lines.Count);
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

    /// <summary>Short marks at the page edges where the two cuts run, clear of the cards' content.</summary>
    private static void CutMarks(XGraphics graphics, double width, double height)
    {
        var pen = new XPen(XColors.Black, 0.5);
        const double Mark = 14;
        var (middleX, middleY) = (width / 2, height / 2);
        graphics.DrawLine(pen, middleX, 0, middleX, Mark);
        graphics.DrawLine(pen, middleX, height - Mark, middleX, height);
        graphics.DrawLine(pen, 0, middleY, Mark, middleY);
        graphics.DrawLine(pen, width - Mark, middleY, width, middleY);
        graphics.DrawLine(pen, middleX - 6, middleY, middleX + 6, middleY);
        graphics.DrawLine(pen, middleX, middleY - 6, middleX, middleY + 6);
    }

    private static XFont Font(double size, double scale, bool bold = false) =>
        new(PrintFonts.Family, size * scale, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    private static byte[] Save(PdfDocument document)
    {
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }
}
