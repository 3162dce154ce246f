using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Facilitator.Printing;
using OffeneVersammlung.Facilitator.Resources;
using PdfSharp;
using PdfSharp.Drawing;

namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>
/// The invitation on paper, as real PDF (PDFsharp): an A4 poster for the notice board and A6 flyers, four to an A4
/// page with cut marks. Black on white only, so a cheap copier keeps it readable; the QR code leads to the
/// announcement page, the short code is printed large beside it for those who type.
/// </summary>
public static class AnnouncementPrint
{
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
        using var document = A6Sheets.NewDocument(announcement.View.Title, texts["Invitation"]);
        var page = document.AddPage();
        page.Size = PageSize.A4;
        using (var graphics = XGraphics.FromPdfPage(page))
        {
            Card(graphics, new XRect(0, 0, page.Width.Point, page.Height.Point), announcement, texts, scale: 2.0);
        }

        return A6Sheets.Save(document);
    }

    public static byte[] Flyer(PublicAnnouncement announcement, AnnouncementTexts texts)
    {
        ArgumentNullException.ThrowIfNull(announcement);
        ArgumentNullException.ThrowIfNull(texts);
        using var document = A6Sheets.NewDocument(announcement.View.Title, texts["Invitation"]);
        A6Sheets.Draw(document, 4, (graphics, box, _) => Card(graphics, box, announcement, texts, scale: 1.0));
        return A6Sheets.Save(document);
    }

    /// <summary>One invitation in <paramref name="box"/>: A6 at scale 1, the A4 poster at scale 2 (A4 is A6 doubled).</summary>
    private static void Card(XGraphics graphics, XRect box, PublicAnnouncement announcement, AnnouncementTexts texts, double scale)
    {
        var view = announcement.View;
        var margin = 22 * scale;
        var x = box.X + margin;
        var width = box.Width - (2 * margin);
        var y = box.Y + margin;

        y = CardText.Draw(graphics, texts["Invitation"].ToUpperInvariant(), Font(8, scale, bold: true), x, y, width);
        y = CardText.Draw(graphics, view.Title, Font(17, scale, bold: true), x, y + (2 * scale), width, maxLines: 3);
        y = CardText.Draw(graphics, texts.Date(view.Date), Font(12, scale, bold: true), x, y + (4 * scale), width, maxLines: 2);
        y = CardText.Draw(graphics, texts.Time(view.Date), Font(12, scale, bold: true), x, y, width);
        if (view.Series is { } series)
        {
            y = CardText.Draw(graphics, texts.Series(series, view.AnnouncedDate), Font(8.5, scale), x, y, width);
        }

        if ((view.Place ?? view.OnlineLink) is { } where)
        {
            y = CardText.Draw(graphics, where, Font(10, scale), x, y + (2 * scale), width, maxLines: 2);
        }

        y = CardText.Draw(graphics, texts["NoRegistration"], Font(8.5, scale), x, y + (4 * scale), width, maxLines: 3);

        // The QR code and the code beside it; the quiet zone is in the image itself.
        var qrSize = 118 * scale;
        var qrTop = y + (6 * scale);
        PrintQr.Draw(graphics, announcement.PageUrl, x - (6 * scale), qrTop, qrSize);

        var besideX = x + qrSize;
        var besideWidth = width - qrSize + (6 * scale);
        var codeY = CardText.Draw(graphics, texts["PosterScan"], Font(8, scale), besideX, qrTop + (10 * scale), besideWidth, maxLines: 4);
        codeY = CardText.Draw(graphics, texts["CodeOnPoster"], Font(8, scale), besideX, codeY + (6 * scale), besideWidth);
        CardText.Draw(graphics, announcement.JoinCode, Font(17, scale, bold: true), besideX, codeY, besideWidth);

        y = qrTop + qrSize + (2 * scale);
        var stepFont = Font(10, scale);
        var numberFont = Font(10, scale, bold: true);
        var numberWidth = 16 * scale;
        var bottom = box.Bottom - margin - (view.ContactPhone is null ? 0 : 14 * scale);
        for (var i = 1; i <= 3 && y < bottom; i++)
        {
            CardText.Label(graphics, i + ".", numberFont, new XRect(x, y, numberWidth, 14 * scale));
            y = CardText.Draw(graphics, texts["How" + i], stepFont, x + numberWidth, y, width - numberWidth, maxLines: 2) + (2 * scale);
        }

        if (view.ContactPhone is { } phone)
        {
            CardText.Draw(graphics, texts.Format("ContactCall", phone), Font(9, scale, bold: true), x, box.Bottom - margin - (11 * scale), width);
        }
    }

    private static XFont Font(double size, double scale, bool bold = false) => CardText.Font(size, scale, bold);
}
