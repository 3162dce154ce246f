using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace OffeneVersammlung.Testing.Languages;

/// <summary>
/// Makes the pseudo-locale's files (*.qps-plocm.resx) from the German ones: every letter accented, each
/// text padded by about a third and put in brackets, placeholders such as {0} and {1:N0} and line
/// breaks kept. A screen in it shows at a glance a text that does not come from the resources (no
/// brackets, no accents), a text cut off (a bracket missing) and a layout too tight for longer words.
/// </summary>
public static partial class PseudoLocale
{
    public const string Tag = "qps-plocm";

    private const string Accented = "åƀçđéƒĝĥîĵķļɱñöƥɋŕšţûṽŵẋýžÅƁÇĐÉƑĜĤÎĴĶĻṀÑÖƤɊŔŠŢÛṼŴẊÝŽ";
    private const string Plain = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";

    public static string Text(string german)
    {
        var accented = new StringBuilder(german.Length * 2);
        var letters = 0;
        var last = 0;
        foreach (Match placeholder in Placeholder().Matches(german))
        {
            letters += Accent(german[last..placeholder.Index], accented);
            accented.Append(placeholder.Value);
            last = placeholder.Index + placeholder.Length;
        }

        letters += Accent(german[last..], accented);
        if (letters == 0)
        {
            return german; // a date pattern or a lone placeholder: nothing to show longer
        }

        // A third longer: "~" in words of about five, so a long text also breaks where the longer words of a real language would.
        var padding = Math.Max(1, (int)Math.Ceiling(german.Length * 0.3));
        var pad = new StringBuilder(padding + (padding / 5));
        for (var i = 0; i < padding; i++)
        {
            pad.Append(i % 5 == 4 ? ' ' : '~');
        }

        return "[" + accented + " " + pad.ToString().TrimEnd() + "]";
    }

    /// <summary>The whole pseudo-locale file of a German .resx, same keys in the same order.</summary>
    public static string File(string germanResxPath)
    {
        var document = XDocument.Load(germanResxPath);
        foreach (var value in document.Root!.Elements("data").Select(d => d.Element("value")).OfType<XElement>())
        {
            value.Value = Text(value.Value);
        }

        foreach (var comment in document.Root.Elements("data").Elements("comment").ToList())
        {
            comment.Remove();
        }

        return "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<!-- GENERATED from the German file by tests/Languages/PseudoLocale.cs: never edit; see README (Languages). -->\n"
            + document.Root.ToString().ReplaceLineEndings("\n") + "\n";
    }

    private static int Accent(string text, StringBuilder into)
    {
        var letters = 0;
        foreach (var c in text)
        {
            var at = Plain.IndexOf(c, StringComparison.Ordinal);
            into.Append(at < 0 ? c : Accented[at]);
            letters += char.IsLetter(c) ? 1 : 0;
        }

        return letters;
    }

    [GeneratedRegex(@"\{\d+(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
