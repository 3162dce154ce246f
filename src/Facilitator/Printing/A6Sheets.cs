using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OffeneVersammlung.Facilitator.Printing;

/// <summary>
/// A6 cards four to an A4 page (two by two), with short cut marks at the edges and a cross in the middle where the two
/// cuts meet, clear of the cards' content; as many pages as the cards need. Black on white, for a cheap copier.
/// </summary>
public static class A6Sheets
{
    /// <summary>A document with the print fonts set and its title and subject filled in.</summary>
    public static PdfDocument NewDocument(string title, string subject)
    {
        PrintFonts.Use();
        var document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Subject = subject;
        document.Info.Creator = "Offene Versammlung";
        return document;
    }

    /// <summary>Draws <paramref name="count"/> cards, card <c>i</c> by <paramref name="card"/> in its A6 box.</summary>
    public static void Draw(PdfDocument document, int count, Action<XGraphics, XRect, int> card)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(card);
        for (var first = 0; first < count; first += 4)
        {
            var page = document.AddPage();
            page.Size = PageSize.A4;
            using var graphics = XGraphics.FromPdfPage(page);
            var (width, height) = (page.Width.Point / 2, page.Height.Point / 2);
            for (var i = first; i < Math.Min(count, first + 4); i++)
            {
                var (row, column) = Math.DivRem(i - first, 2);
                card(graphics, new XRect(column * width, row * height, width, height), i);
            }

            CutMarks(graphics, page.Width.Point, page.Height.Point);
        }
    }

    public static byte[] Save(PdfDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

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
}
