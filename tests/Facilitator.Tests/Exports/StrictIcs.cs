using System.Text;
using System.Text.RegularExpressions;

namespace OffeneVersammlung.Facilitator.Tests.Exports;

/// <summary>
/// The RFC 5545 rules a lenient parser would forgive: CRLF line ends, at most 75 octets a line,
/// folding with a leading space, no control characters, TEXT values escaped, required properties.
/// </summary>
internal static partial class StrictIcs
{
    private static readonly string[] TextProperties = ["SUMMARY", "LOCATION", "DESCRIPTION", "X-WR-CALNAME"];

    public static IReadOnlyList<string> AssertWellFormed(byte[] content)
    {
        var text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(content);
        Assert.EndsWith("\r\n", text, StringComparison.Ordinal);
        var physical = text[..^2].Split("\r\n");
        foreach (var line in physical)
        {
            Assert.True(Encoding.UTF8.GetByteCount(line) <= 75, $"longer than 75 octets: {line}");
            Assert.DoesNotContain(line, c => char.IsControl(c));
        }

        var lines = new List<string>();
        foreach (var line in physical)
        {
            if (line.StartsWith(' '))
            {
                Assert.NotEmpty(lines);
                lines[^1] += line[1..];
            }
            else
            {
                lines.Add(line);
            }
        }

        Assert.Equal("BEGIN:VCALENDAR", lines[0]);
        Assert.Equal("END:VCALENDAR", lines[^1]);
        Assert.Contains("VERSION:2.0", lines);
        Assert.Contains(lines, l => l.StartsWith("PRODID:", StringComparison.Ordinal));
        Assert.All(lines, line => Assert.Matches(ContentLine(), line));

        var events = 0;
        List<string>? current = null;
        foreach (var line in lines)
        {
            if (line == "BEGIN:VEVENT")
            {
                Assert.Null(current);
                current = [];
            }
            else if (line == "END:VEVENT")
            {
                Assert.NotNull(current);
                foreach (var required in new[] { "UID", "DTSTAMP", "DTSTART" })
                {
                    Assert.Single(current, name => name == required);
                }

                current = null;
                events++;
            }
            else
            {
                current?.Add(line[..line.IndexOfAny([':', ';'])]);
            }

            var name = line[..line.IndexOfAny([':', ';'])];
            if (TextProperties.Contains(name))
            {
                Assert.Matches(EscapedText(), line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..]);
            }
        }

        Assert.True(events > 0, "a calendar needs at least one component");
        return lines;
    }

    [GeneratedRegex("^[A-Z][A-Z0-9-]*(;[^:]*)?:.*$")]
    private static partial Regex ContentLine();

    // Every backslash starts an escape, and no raw comma or semicolon is left.
    [GeneratedRegex(@"^([^\\,;]|\\[\\;,nN])*$")]
    private static partial Regex EscapedText();
}
