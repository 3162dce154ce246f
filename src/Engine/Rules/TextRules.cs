using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.Rules;

/// <summary>
/// Normalises and checks user text. Control characters and bidirectional overrides are refused
/// rather than stripped, so that what is stored is exactly what the person saw when sending.
/// </summary>
public static class TextRules
{
    /// <summary>Trims and checks a required text.</summary>
    public static bool TryRequired(string? raw, int maxLength, string field, out string text, [NotNullWhen(false)] out Refusal? refusal)
    {
        text = Normalise(raw);
        if (text.Length == 0)
        {
            refusal = new Refusal(RefusalCode.TextRequired, field);
            return false;
        }

        return TryCheck(text, maxLength, field, out refusal);
    }

    /// <summary>Trims and checks an optional text; empty becomes null.</summary>
    public static bool TryOptional(string? raw, int maxLength, string field, out string? text, [NotNullWhen(false)] out Refusal? refusal)
    {
        var normalised = Normalise(raw);
        text = normalised.Length == 0 ? null : normalised;
        if (text is null)
        {
            refusal = null;
            return true;
        }

        return TryCheck(text, maxLength, field, out refusal);
    }

    /// <summary>
    /// An optional name as others will see it: composed (NFC, so "é" typed two ways is one name), on
    /// one line, and without characters that show nothing (zero-width spaces and joiners between
    /// letters, fillers, soft hyphens) — which would let "An\u200Bna" pass for "Anna".
    /// </summary>
    public static bool TryPseudonym(string? raw, string field, out string? text, [NotNullWhen(false)] out Refusal? refusal)
    {
        string? composed;
        try
        {
            composed = raw?.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate cannot be normalised: it is no name either.
            text = null;
            refusal = new Refusal(RefusalCode.TextHasControlCharacters, field);
            return false;
        }

        if (!TryOptional(composed, TextLimits.Pseudonym, field, out text, out refusal))
        {
            return false;
        }

        if (text is not null && (text.Contains('\n') || HasInvisible(text)))
        {
            text = null;
            refusal = new Refusal(RefusalCode.TextHasControlCharacters, field);
            return false;
        }

        return true;
    }

    /// <summary>One word, as check-in and check-out ask for: no spaces inside.</summary>
    public static bool TrySingleWord(string? raw, string field, out string word, [NotNullWhen(false)] out Refusal? refusal)
    {
        if (!TryRequired(raw, TextLimits.CheckInWord, field, out word, out refusal))
        {
            return false;
        }

        if (word.Any(char.IsWhiteSpace))
        {
            refusal = new Refusal(RefusalCode.NotASingleWord, field);
            return false;
        }

        return true;
    }

    private static string Normalise(string? raw) => (raw ?? string.Empty).Trim();

    // Format characters (zero-width space, joiners, word joiner, soft hyphen, BOM…), line and paragraph
    // separators, and the blank "letters" of Hangul and Braille. A zero-width joiner inside an emoji
    // sequence (👩‍🌾) joins pictures, not letters, and stays allowed.
    private static bool HasInvisible(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\u3164' or '\u115F' or '\u1160' or '\uFFA0' or '\u2800')
            {
                return true;
            }

            var category = char.GetUnicodeCategory(c);
            if (category is UnicodeCategory.LineSeparator or UnicodeCategory.ParagraphSeparator)
            {
                return true;
            }

            if (category == UnicodeCategory.Format && !(c == '\u200D' && i > 0 && !char.IsLetterOrDigit(text, i - 1) && i + 1 < text.Length && !char.IsLetterOrDigit(text, i + 1)))
            {
                return true;
            }
        }

        return false;
    }

    private static bool TryCheck(string text, int maxLength, string field, [NotNullWhen(false)] out Refusal? refusal)
    {
        if (new StringInfo(text).LengthInTextElements > maxLength || text.Length > maxLength * 4)
        {
            refusal = new Refusal(RefusalCode.TextTooLong, field);
            return false;
        }

        if (text.Any(IsForbidden))
        {
            refusal = new Refusal(RefusalCode.TextHasControlCharacters, field);
            return false;
        }

        refusal = null;
        return true;
    }

    // Line breaks are allowed in longer texts (profiles); every other control character and the
    // bidirectional overrides that can disguise text on someone else's screen are not.
    private static bool IsForbidden(char c) =>
        (char.IsControl(c) && c != '\n') || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069';
}
