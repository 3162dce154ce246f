using System.Text;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// RFC 5545 content lines: TEXT values escape backslash, semicolon, comma and line breaks (3.3.11),
/// lines longer than 75 octets are folded with CRLF and a space, never inside a UTF-8 sequence
/// (3.1), and no control character is left in a value.
/// </summary>
public static class IcsText
{
    private const int MaxOctets = 75;

    public static string Escape(string? text)
    {
        var escaped = new StringBuilder();
        foreach (var c in ExportText.Clean(text).Trim())
        {
            escaped.Append(c switch
            {
                '\\' => "\\\\",
                ';' => "\\;",
                ',' => "\\,",
                '\n' => "\\n",
                _ => c.ToString(),
            });
        }

        return escaped.ToString();
    }

    /// <summary>"NAME:value" folded to 75 octets per line, each line ended by CRLF.</summary>
    public static void AppendLine(StringBuilder ics, string name, string value)
    {
        var octets = 0;
        foreach (var rune in (name + ":" + value).EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > MaxOctets)
            {
                ics.Append("\r\n ");
                octets = 1;
            }

            ics.Append(rune.ToString());
            octets += size;
        }

        ics.Append("\r\n");
    }
}
