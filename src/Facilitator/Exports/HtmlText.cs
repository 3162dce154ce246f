using System.Text;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// Encodes neighbours' texts for HTML: the five markup characters become entities (the page is UTF-8,
/// so umlauts stay readable in the source), line breaks become &lt;br&gt;.
/// </summary>
public static class HtmlText
{
    public static string Inline(string? text) => Encode(ExportText.OneLine(text).Trim());

    public static string Block(string? text) =>
        string.Join("<br>", ExportText.Clean(text).Trim().Split('\n').Select(line => Encode(line.Trim())));

    private static string Encode(string text)
    {
        var encoded = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            encoded.Append(c switch
            {
                '&' => "&amp;",
                '<' => "&lt;",
                '>' => "&gt;",
                '"' => "&quot;",
                '\'' => "&#39;",
                _ => c.ToString(),
            });
        }

        return encoded.ToString();
    }
}
