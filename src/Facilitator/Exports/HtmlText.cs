using System.Net;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>Encodes neighbours' texts for HTML: markup characters become entities, line breaks become &lt;br&gt;.</summary>
public static class HtmlText
{
    public static string Inline(string? text) => WebUtility.HtmlEncode(ExportText.OneLine(text).Trim());

    public static string Block(string? text) =>
        string.Join("<br>", ExportText.Clean(text).Trim().Split('\n').Select(line => WebUtility.HtmlEncode(line.Trim())));
}
