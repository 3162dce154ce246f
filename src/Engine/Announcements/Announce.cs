using System.Diagnostics.CodeAnalysis;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Announcements;

/// <summary>
/// The facilitator writes or changes the invitation. Allowed in every phase: a typo on the poster is
/// fixed the evening before, and a series' next date is announced after the close.
/// </summary>
public sealed record Announce(
    Guid CommandId,
    string Title,
    DateTimeOffset StartsAt,
    string? Place,
    string? OnlineLink,
    Accessibility Access,
    string? ContactPhone,
    IReadOnlyList<string> HouseRules,
    SeriesRule? Series) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        if (!TextRules.TryRequired(Title, TextLimits.Title, nameof(Title), out var title, out var refusal)
            || !TextRules.TryOptional(Place, TextLimits.Place, nameof(Place), out var place, out refusal)
            || !TextRules.TryOptional(OnlineLink, AnnouncementLimits.OnlineLink, nameof(OnlineLink), out var link, out refusal)
            || !TextRules.TryOptional(ContactPhone, AnnouncementLimits.ContactPhone, nameof(ContactPhone), out var phone, out refusal)
            || !TextRules.TryOptional(Access?.Notes, AnnouncementLimits.AccessibilityNotes, nameof(Access), out var notes, out refusal)
            || !TryRules(out var rules, out refusal))
        {
            return refusal.AsDecision();
        }

        if (link is not null && !IsWebLink(link))
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(OnlineLink));
        }

        if (phone is not null && !phone.All(c => char.IsAsciiDigit(c) || c is '+' or ' ' or '-' or '/' or '(' or ')'))
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(ContactPhone));
        }

        if (Series is not null && (!Enum.IsDefined(Series.Repeat) || SeriesDates.ZoneOf(Series) is null))
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(Series));
        }

        var access = (Access ?? Accessibility.None) with { Notes = notes };
        return Accept(new AnnouncementSet(new Announcement(title, StartsAt, place, link, access, phone, rules, Series)));
    }

    private bool TryRules(out IReadOnlyList<string> rules, [NotNullWhen(false)] out Refusal? refusal)
    {
        var kept = new List<string>();
        rules = kept;
        refusal = null;
        foreach (var raw in HouseRules ?? [])
        {
            if (!TextRules.TryOptional(raw, AnnouncementLimits.HouseRule, nameof(HouseRules), out var rule, out refusal))
            {
                return false;
            }

            if (rule is not null)
            {
                kept.Add(rule);
            }
        }

        if (kept.Count > AnnouncementLimits.MaxHouseRules)
        {
            refusal = new Refusal(RefusalCode.ValueOutOfRange, nameof(HouseRules));
            return false;
        }

        return true;
    }

    // Only links a phone opens in its browser: a javascript: or data: link on a public page would run in the reader's browser.
    private static bool IsWebLink(string link) =>
        Uri.TryCreate(link, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp) && !link.Contains(' ');
}
