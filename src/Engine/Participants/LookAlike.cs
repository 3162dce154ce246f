using System.Globalization;
using System.Text;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>
/// What a name looks like on a wall, roughly: without accents, case, spaces and punctuation, with the
/// letters that share a glyph across scripts (Latin a, Cyrillic а) and the digits that pass for letters
/// (0/O, 1/l/I) folded together. Two names with the same key are told apart by a suffix, so nobody
/// can pass for someone else on the projector ("Anna", "ANNA", "Аnna" with a Cyrillic А).
/// </summary>
public static class LookAlike
{
    private static readonly Dictionary<char, char> Glyphs = new()
    {
        ['а'] = 'a',
        ['е'] = 'e',
        ['о'] = 'o',
        ['р'] = 'p',
        ['с'] = 'c',
        ['у'] = 'y',
        ['х'] = 'x',
        ['і'] = 'l',
        ['ј'] = 'j',
        ['ѕ'] = 's',
        ['һ'] = 'h',
        ['к'] = 'k',
        ['м'] = 'm',
        ['т'] = 't',
        ['в'] = 'b',
        ['н'] = 'h',
        ['α'] = 'a',
        ['ο'] = 'o',
        ['ρ'] = 'p',
        ['ν'] = 'v',
        ['ι'] = 'l',
        ['κ'] = 'k',
        ['τ'] = 't',
        ['χ'] = 'x',
        ['υ'] = 'u',
        ['ε'] = 'e',
        ['0'] = 'o',
        ['1'] = 'l',
        ['i'] = 'l',
        ['|'] = 'l',
        ['5'] = 's',
        ['ß'] = 's',
    };

    public static string KeyOf(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var key = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormKD).ToLowerInvariant())
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark
                || char.IsWhiteSpace(c) || char.IsPunctuation(c))
            {
                continue;
            }

            key.Append(Glyphs.GetValueOrDefault(c, c));
        }

        return key.ToString();
    }
}
