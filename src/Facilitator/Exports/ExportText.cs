using System.Text;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// The cleaning every export applies to neighbours' texts before its own escaping. The engine refuses
/// control characters already; this also covers anything stored before that rule, so a printed or
/// imported export can never be reordered by a bidirectional override or broken by a stray control.
/// </summary>
public static class ExportText
{
    /// <summary>Line breaks become "\n"; other control characters and bidirectional controls are dropped.</summary>
    public static string Clean(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return string.Empty;
        }

        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\r')
            {
                clean.Append('\n');
                if (i + 1 < text.Length && text[i + 1] == '\n')
                {
                    i++;
                }
            }
            else if (c == '\n' || !IsDropped(c))
            {
                clean.Append(c);
            }
        }

        return clean.ToString();
    }

    /// <summary>Cleaned, with every line break turned into a space: for table cells, headings and file names.</summary>
    public static string OneLine(string? text) => Clean(text).Replace('\n', ' ');

    private static bool IsDropped(char c) =>
        char.IsControl(c) || c is >= '\u202A' and <= '\u202E' || c is >= '\u2066' and <= '\u2069' || c is '\u200E' or '\u200F' or '\u061C';
}
