using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Facilitator.Printing;
using OffeneVersammlung.Facilitator.Resources;
using PdfSharp.Drawing;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// The group space's key on paper, for members without a phone that evening: A6 cards four to an A4 page with cut
/// marks (<see cref="A6Sheets"/>), one per member, each with the group's name, the member's name, the QR code of their
/// own private link, that link written out for typing, and two sentences on what it is. Nothing else: no contact, no
/// e-mail, no phone, nothing of the other members.
/// </summary>
public static class GroupSpaceCardPrint
{
    /// <summary>One member's card: the name the group knows them by, and their private link.</summary>
    public sealed record Card(string MemberName, string Link);

    /// <summary>
    /// The words the cards are printed in for <paramref name="texts"/>' language: PDFsharp 6 neither joins Arabic letters
    /// nor runs a line right to left, so a right-to-left language prints in German, as the invitation does (decisions
    /// 0017, 0019); the link itself still opens the space in the member's language.
    /// </summary>
    public static GroupSpaceTexts Printable(GroupSpaceTexts texts)
    {
        ArgumentNullException.ThrowIfNull(texts);
        return texts.Language.Direction == TextDirection.LeftToRight ? texts : GroupSpaceTexts.For(UiLanguages.Default.Tag);
    }

    public static byte[] Write(string groupName, IReadOnlyList<Card> cards, GroupSpaceTexts texts)
    {
        ArgumentNullException.ThrowIfNull(cards);
        ArgumentNullException.ThrowIfNull(texts);
        using var document = A6Sheets.NewDocument(groupName, texts["CardTitle"]);
        A6Sheets.Draw(document, cards.Count, (graphics, box, i) => Draw(graphics, box, groupName, cards[i], texts));
        return A6Sheets.Save(document);
    }

    private static void Draw(XGraphics graphics, XRect box, string groupName, Card card, GroupSpaceTexts texts)
    {
        const double Margin = 22;
        const double QrSize = 150;
        var x = box.X + Margin;
        var width = box.Width - (2 * Margin);
        var y = box.Y + Margin;

        y = CardText.Draw(graphics, texts["CardTitle"].ToUpperInvariant(), CardText.Font(8, bold: true), x, y, width);
        y = CardText.Draw(graphics, groupName, CardText.Font(16, bold: true), x, y + 2, width, maxLines: 2);
        if (card.MemberName.Length > 0)
        {
            y = CardText.Draw(graphics, card.MemberName, CardText.Font(12, bold: true), x, y + 4, width);
        }

        // The image carries its own quiet zone, so the code may start at the text's edge.
        PrintQr.Draw(graphics, card.Link, box.X + ((box.Width - QrSize) / 2), y + 6, QrSize);
        y += 6 + QrSize + 2;

        var linkFont = CardText.Font(7.5);
        y = CardText.Draw(graphics, Breakable(graphics, card.Link, linkFont, width), linkFont, x, y, width, maxLines: 2);
        CardText.Draw(graphics, texts["CardText"], CardText.Font(9.5), x, y + 8, width, maxLines: 6);
    }

    /// <summary>The link as one line, or (too wide for the card) broken after its last slash, so the token stays whole on its own line.</summary>
    private static string Breakable(XGraphics graphics, string link, XFont font, double width) =>
        graphics.MeasureString(link, font).Width <= width ? link : link.Insert(link.LastIndexOf('/') + 1, " ");
}
