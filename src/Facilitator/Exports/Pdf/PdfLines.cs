using System.Globalization;
using PdfSharp.Drawing;

namespace OffeneVersammlung.Facilitator.Exports.Pdf;

/// <summary>
/// Breaks a text into lines that fit a width: at spaces and line breaks, and inside a word only where the word alone
/// is wider than the line (German makes such words: "Straßenbahnhaltestellenüberdachung"), then with a hyphen, between
/// whole letters (text elements), so no letter is cut and no glyph runs past the margin.
/// </summary>
internal static class PdfLines
{
    public static List<string> Of(XGraphics graphics, string text, XFont font, double width)
    {
        var lines = new List<string>();
        foreach (var paragraph in text.Replace("\r", string.Empty, StringComparison.Ordinal).Split('\n'))
        {
            var line = string.Empty;
            foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (Fits(graphics, candidate, font, width))
                {
                    line = candidate;
                    continue;
                }

                if (line.Length > 0)
                {
                    lines.Add(line);
                }

                line = word;
                while (!Fits(graphics, line, font, width))
                {
                    var (head, rest) = Split(graphics, line, font, width);
                    lines.Add(head);
                    line = rest;
                }
            }

            lines.Add(line);
        }

        return lines;
    }

    private static bool Fits(XGraphics graphics, string text, XFont font, double width) => graphics.MeasureString(text, font).Width <= width;

    /// <summary>The longest head of <paramref name="word"/> that fits with a hyphen, and the tail; at least one letter, so it always ends.</summary>
    private static (string Head, string Tail) Split(XGraphics graphics, string word, XFont font, double width)
    {
        // elements[k] is where letter k starts, so word[..elements[k]] holds the first k letters; the head takes at
        // most all but one, so the tail is never empty.
        var elements = StringInfo.ParseCombiningCharacters(word);
        var take = 1;
        while (take + 1 < elements.Length && Fits(graphics, word[..elements[take + 1]] + "-", font, width))
        {
            take++;
        }

        var cut = elements.Length > 1 ? elements[take] : word.Length;
        return (word[..cut] + "-", word[cut..]);
    }
}
