using System.Globalization;
using System.Text;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// Readable file names that are safe on every system: "protokoll-kiezversammlung-2026-11-26.md".
/// Only a–z, 0–9 and dashes; umlauts are spelt out, other accents dropped.
/// </summary>
public static class ExportFileName
{
    private const int MaxSlugLength = 48;

    public static string For(string prefix, string? title, DateTimeOffset? date, string extension)
    {
        var parts = new List<string> { prefix };
        var slug = Slug(title);
        if (slug.Length > 0)
        {
            parts.Add(slug);
        }

        if (date is { } day)
        {
            parts.Add(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        }

        return string.Join('-', parts) + "." + extension;
    }

    public static string Slug(string? text)
    {
        var spelt = ExportText.OneLine(text).ToLowerInvariant()
            .Replace("ä", "ae", StringComparison.Ordinal)
            .Replace("ö", "oe", StringComparison.Ordinal)
            .Replace("ü", "ue", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal)
            .Normalize(NormalizationForm.FormD);
        var slug = new StringBuilder();
        foreach (var c in spelt)
        {
            if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
            {
                slug.Append(c);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark && slug.Length > 0 && slug[^1] != '-')
            {
                slug.Append('-');
            }

            if (slug.Length >= MaxSlugLength)
            {
                break;
            }
        }

        return slug.ToString().Trim('-');
    }
}
