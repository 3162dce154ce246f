using System.Diagnostics.CodeAnalysis;
using System.Globalization;

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
