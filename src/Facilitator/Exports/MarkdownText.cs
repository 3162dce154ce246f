using System.Text;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// Escapes neighbours' texts for Markdown so they stay text: every character that can start markup
/// is backslash-escaped (CommonMark allows that for any ASCII punctuation), and a line that would
/// begin a heading, list or quote has its first character escaped.
/// </summary>
public static class MarkdownText
{
    private const string Markup = "\\`*_{}[]()<>#|~!&";

    /// <summary>On one line: table cells, list items, headings.</summary>
    public static string Inline(string? text) => EscapeLine(ExportText.OneLine(text).Trim());

    /// <summary>Several lines kept as hard line breaks, for the longer profile fields.</summary>
    public static string Block(string? text) =>
        string.Join("\\\n", ExportText.Clean(text).Trim().Split('\n').Select(line => EscapeLine(line.Trim())));

    private static string EscapeLine(string line)
    {
        var escaped = new StringBuilder(line.Length + 8);
        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (Markup.Contains(c, StringComparison.Ordinal) || (i == 0 && c is '-' or '+' or '=') || IsListNumberEnd(line, i))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    // "1986. war ..." at the start of a line would become an ordered list; "20.05.2025" would not.
    private static bool IsListNumberEnd(string line, int index) =>
        index > 0 && line[index] is '.' or ')' && line[..index].All(char.IsAsciiDigit) && (index + 1 == line.Length || line[index + 1] == ' ');
}
