using System.Text;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// Escapes neighbours' texts for Markdown so they stay text: every character that can start markup
/// is backslash-escaped (CommonMark allows that for any ASCII punctuation), and a line that would
/// begin a heading, list or quote has its first character escaped. Addresses stay text too: renderers
/// with autolinks (GitHub, Markdig's extensions) turn "https://…", "www.…" and "name@host" into live
/// links, so the colon after a scheme, the dot after "www" and every "@" are escaped as well — a
/// neighbour's text must not become a link someone clicks in the minutes.
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
            if (Markup.Contains(c, StringComparison.Ordinal) || (i == 0 && c is '-' or '+' or '=') || IsListNumberEnd(line, i) || IsLinkStart(line, i))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }

    private static bool IsLinkStart(string line, int index) => line[index] switch
    {
        '@' => true,
        ':' => line.AsSpan(index + 1).StartsWith("//", StringComparison.Ordinal) || EndsWithScheme(line.AsSpan(0, index)),
        '.' => index >= 3 && line.AsSpan(index - 3, 3).Equals("www", StringComparison.OrdinalIgnoreCase) && (index == 3 || !char.IsLetterOrDigit(line[index - 4])),
        _ => false,
    };

    // The schemes autolinkers know without "//".
    private static bool EndsWithScheme(ReadOnlySpan<char> before) =>
        before.EndsWith("mailto", StringComparison.OrdinalIgnoreCase) || before.EndsWith("tel", StringComparison.OrdinalIgnoreCase)
        || before.EndsWith("xmpp", StringComparison.OrdinalIgnoreCase);

    // "1986. war ..." at the start of a line would become an ordered list; "20.05.2025" would not.
    private static bool IsListNumberEnd(string line, int index) =>
        index > 0 && line[index] is '.' or ')' && line[..index].All(char.IsAsciiDigit) && (index + 1 == line.Length || line[index + 1] == ' ');
}
