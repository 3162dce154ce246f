using System.Text;
using Markdig;
using Microsoft.VisualBasic.FileIO;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Tests.Exports;

/// <summary>
/// The writers on their own, with texts the engine would refuse today (bidirectional overrides,
/// control characters), as they could be in data stored before that rule or brought in by an import.
/// </summary>
public sealed class ExportWriterTests
{
    private const string Reversed = "Bank\u202E gnitov";
    private const string Controls = "\tTab\u0007Glocke\r\nneue Zeile\u0000";
    private static readonly DateTimeOffset Now = new(2026, 11, 26, 21, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("Mehr unter https://kiez.example/treffen und http://x.example")]
    [InlineData("Siehe www.kiez.example oder WWW.kiez.example")]
    [InlineData("Schreibt an anna@kiez.example, ftp://kiez.example oder mailto:anna@kiez.example")]
    [InlineData("<https://kiez.example> und [hier](https://kiez.example)")]
    [InlineData("Ruft an: tel:+4930123456")]
    public void A_neighbours_address_stays_text_when_the_Markdown_is_rendered_with_autolinks(string text)
    {
        var pipeline = new MarkdownPipelineBuilder().UseAdvancedExtensions().Build();

        var inline = Markdown.ToHtml(MarkdownText.Inline(text), pipeline);
        var block = Markdown.ToHtml(MarkdownText.Block(text + "\n" + text), pipeline);

        Assert.DoesNotContain("<a ", inline, StringComparison.Ordinal);
        Assert.DoesNotContain("<a ", block, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(text), inline, StringComparison.Ordinal);
    }

    [Fact]
    public void No_writer_lets_a_bidirectional_override_or_a_control_character_through()
    {
        var protocol = Protocol(Reversed, Controls);
        var texts = ExportTexts.For("de");

        var outputs = new[]
        {
            ProtocolMarkdownWriter.Write(protocol, texts, Now),
            ProtocolHtmlWriter.Write(protocol, texts, Now),
            TopicsCsvWriter.Write(protocol, texts),
            GroupCalendarWriter.Write(protocol, protocol.Groups, texts, Now),
        };

        foreach (var output in outputs)
        {
            Assert.DoesNotContain('\u202E', output);
            Assert.DoesNotContain(output, c => char.IsControl(c) && c is not '\n' and not '\r');
            Assert.Contains("Bank gnitov", output, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("de", "Thema 2 „Mehr <b>Bänke</b>“ wurde mit Thema 1 zusammengelegt.", "Thema 3 wurde von der Moderation ausgeblendet.")]
    [InlineData("en", "Topic 2 “Mehr <b>Bänke</b>” was merged into topic 1.", "Topic 3 was hidden by the moderation.")]
    public void The_printed_and_the_markdown_protocol_say_which_topics_were_merged_and_which_were_hidden(string language, string merged, string hidden)
    {
        var protocol = Protocol("Bank am Platz", "x") with
        {
            SetAside = [new ProtocolSetAsideTopic(2, "Mehr <b>Bänke</b>", 1), new ProtocolSetAsideTopic(3, null, null)],
        };
        var texts = ExportTexts.For(language);

        var html = ProtocolHtmlWriter.Write(protocol, texts, Now);
        var markdown = ProtocolMarkdownWriter.Write(protocol, texts, Now);

        Assert.Contains($"<li dir=\"auto\">{merged.Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal)}</li>", html, StringComparison.Ordinal);
        Assert.Contains($"<li dir=\"auto\">{hidden}</li>", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", html, StringComparison.Ordinal);
        Assert.Contains($"- {MarkdownText.Inline(merged)}", markdown, StringComparison.Ordinal);
        Assert.Contains($"- {hidden}", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void A_cell_that_starts_with_a_tab_before_a_formula_is_still_neutralised()
    {
        var protocol = Protocol("\t=1+1", "x");

        var csv = TopicsCsvWriter.Write(protocol, ExportTexts.For("en"));

        using var parser = new TextFieldParser(new StringReader(csv)) { HasFieldsEnclosedInQuotes = true, TrimWhiteSpace = false };
        parser.SetDelimiters(",");
        parser.ReadFields();
        Assert.Equal("'=1+1", parser.ReadFields()![1]);
    }

    [Fact]
    public void Calendar_lines_fold_at_75_octets_without_splitting_a_character_and_unfold_to_the_text()
    {
        var place = string.Concat(Enumerable.Repeat("Grüße 🌳 aus dem Hinterhof, ", 12));
        var ics = new StringBuilder();

        IcsText.AppendLine(ics, "LOCATION", IcsText.Escape(place));

        var bytes = Encoding.UTF8.GetBytes(ics.ToString());
        var physical = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).Split("\r\n")[..^1];
        Assert.True(physical.Length > 5);
        Assert.All(physical, line => Assert.InRange(Encoding.UTF8.GetByteCount(line), 1, 75));
        Assert.All(physical.Skip(1), line => Assert.StartsWith(" ", line, StringComparison.Ordinal));
        var unfolded = string.Concat(physical.Select((line, i) => i == 0 ? line : line[1..]));
        Assert.Equal("LOCATION:" + place.Trim().Replace(",", "\\,", StringComparison.Ordinal), unfolded);
    }

    [Theory]
    [InlineData("a,b;c\\d\ne", "a\\,b\\;c\\\\d\\ne")]
    [InlineData("  Café  ", "Café")]
    public void Calendar_text_escapes_comma_semicolon_backslash_and_line_breaks(string text, string escaped)
    {
        Assert.Equal(escaped, IcsText.Escape(text));
    }

    [Theory]
    [InlineData("Kiezversammlung Süd/Ost: Straßenfest!", "kiezversammlung-sued-ost-strassenfest")]
    [InlineData("../../etc/passwd", "etc-passwd")]
    [InlineData("Ça va? Ñandú", "ca-va-nandu")]
    [InlineData("<script>", "script")]
    [InlineData("🌳🌳", "")]
    public void File_names_keep_only_letters_digits_and_dashes(string title, string slug)
    {
        Assert.Equal(slug, ExportFileName.Slug(title));
        Assert.Matches("^protokoll(-[a-z0-9]+)*-2026-11-26\\.md$", ExportFileName.For("protokoll", title, Now, "md"));
    }

    [Theory]
    [InlineData("1986. war", "1986\\. war")]
    [InlineData("20.05.2025", "20.05.2025")]
    [InlineData("- Punkt", "\\- Punkt")]
    [InlineData("a_b*c`d", "a\\_b\\*c\\`d")]
    public void Markdown_escapes_what_would_become_markup_and_leaves_the_rest(string text, string escaped)
    {
        Assert.Equal(escaped, MarkdownText.Inline(text));
    }

    private static AssemblyProtocol Protocol(string topicText, string groupText) => new(
        Guid.NewGuid(),
        12,
        "Kiez",
        groupText,
        Now,
        AssemblyFormat.Hybrid,
        new LocalizedTextView(new Dictionary<string, string> { ["de"] = "Vorlage", ["en"] = "Template" }),
        Phase.Closed,
        Now.AddHours(-2),
        Now,
        new ParticipantCounts(2, 1, 1, 0),
        new MoodBoard(1, [0, 0, 0, 1, 0], [new WordCount(topicText, 1)]),
        new MoodBoard(0, [0, 0, 0, 0, 0], []),
        [new ProtocolTopic(Guid.NewGuid(), 1, topicText, groupText, topicText, false, 1, [2], 0)],
        [],
        [new ProtocolCluster(Guid.NewGuid(), topicText, [1])],
        [new ProtocolRound(1, null, 3, true, 2, 2, 0)],
        [new ProtocolGroup(Guid.NewGuid(), 1, topicText, 1, groupText, [topicText], groupText, groupText, Now.AddDays(7), groupText, groupText, 2, [topicText])]);
}
