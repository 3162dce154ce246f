using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// The console's "QR-Karten drucken": the PDF of one group's cards (<see cref="GroupSpaceCardPrint"/>) for the members
/// on paper, or for every member. Only the facilitator the secret link admitted gets it, and only for their own
/// assembly (the caller's binding names it); the cards hold private links, so nobody else may print them.
/// </summary>
public sealed class GroupSpaceCards(GroupSpaceOpening opening, PublicAddress address)
{
    public async Task<PrintedCards> PrintAsync(
        ConnectionBinding? caller, Guid groupId, bool everyone, string? language, string? browserBaseUrl, CancellationToken cancellationToken = default)
    {
        if (caller is not { Role: ConnectionRole.Facilitator })
        {
            return new PrintedCards(null, CardsRefusal.NotFacilitator);
        }

        if (await opening.LinksOfGroupAsync(caller.AssemblyId, groupId, cancellationToken) is not { } space)
        {
            return new PrintedCards(null, CardsRefusal.NoSuchGroup);
        }

        var members = space.Members.Where(m => everyone || m.OnPaper).ToList();
        if (members.Count == 0)
        {
            return new PrintedCards(null, CardsRefusal.NobodyOnPaper);
        }

        var texts = GroupSpaceTexts.For(language);
        var linkLanguage = texts.Language == Contracts.Languages.UiLanguages.Default ? null : texts.Language.Tag;
        var baseUrl = address.BaseUrl(browserBaseUrl);
        var cards = members.Select(m => new GroupSpaceCardPrint.Card(m.Name, baseUrl + GroupSpaceRoutes.Member(m.Token, language: linkLanguage))).ToList();
        var pdf = GroupSpaceCardPrint.Write(space.Name, cards, GroupSpaceCardPrint.Printable(texts));
        return new PrintedCards(new ExportFile(ExportFileName.For("qr-karten", space.Name, null, "pdf"), "application/pdf", pdf), null);
    }
}
