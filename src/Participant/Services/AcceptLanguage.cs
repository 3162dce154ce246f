using System.Globalization;
using OffeneVersammlung.Contracts.Languages;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The browser's languages as its Accept-Language header lists them ("tr-TR,tr;q=0.9,de;q=0.8"):
/// the first one, by weight, that the phone offers. The host hands the header to the page
/// (<c>data-accept-language</c> on the root) because only the host sees it.
/// </summary>
public static class AcceptLanguage
{
    /// <summary>The most wanted of <paramref name="offered"/> by the header; null when the header names none of them.</summary>
    public static UiLanguage? Pick(string? header, IReadOnlyList<UiLanguage> offered)
    {
        if (string.IsNullOrWhiteSpace(header))
        {
            return null;
        }

        var wanted = header.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select((entry, order) => (Tag: entry.Split(';', 2)[0].Trim(), Weight: WeightOf(entry), Order: order))
            .Where(w => w.Weight > 0 && w.Tag != "*")
            .OrderByDescending(w => w.Weight)
            .ThenBy(w => w.Order);
        foreach (var (tag, _, _) in wanted)
        {
            // Leichte Sprache is a choice a person makes on the phone, not a browser's language; "de-DE" is German.
            if (UiLanguages.Find(tag) is { } language && language != UiLanguages.Easy && offered.Contains(language))
            {
                return language;
            }
        }

        return null;
    }

    private static double WeightOf(string entry)
    {
        var q = entry.Split(';').Skip(1).Select(p => p.Trim()).FirstOrDefault(p => p.StartsWith("q=", StringComparison.OrdinalIgnoreCase));
        return q is null ? 1 : double.TryParse(q[2..], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var weight) ? weight : 0;
    }
}
