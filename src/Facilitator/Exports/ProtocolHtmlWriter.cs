using System.Text;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// The protocol as one standalone page to print (or print to PDF) from the browser: a small embedded
/// stylesheet, no script, nothing loaded from anywhere, and a policy that forbids both.
/// </summary>
public static class ProtocolHtmlWriter
{
    private const string Style = """
        body { font-family: system-ui, sans-serif; font-size: 11pt; line-height: 1.4; color: #111; margin: 2rem auto; max-width: 48rem; padding: 0 1rem; }
        h1 { font-size: 1.6rem; margin-bottom: .5rem; }
        h2 { font-size: 1.25rem; border-bottom: 1px solid #999; margin-top: 1.6rem; }
        h3 { font-size: 1.05rem; margin-bottom: .3rem; }
        table { border-collapse: collapse; width: 100%; }
        th, td { border: 1px solid #999; padding: .25rem .4rem; text-align: start; vertical-align: top; }
        td.n, th.n { text-align: end; }
        table.topics { table-layout: fixed; font-size: 9.5pt; }
        table.topics th, table.topics td { overflow-wrap: anywhere; padding: .2rem .3rem; }
        table.topics th { font-size: 8.5pt; }
        col.number { width: 2.2rem; } col.rank { width: 2.8rem; } col.round { width: 3.2rem; } col.paper { width: 4.4rem; }
        col.source { width: 4.6rem; } col.category, col.cluster { width: 12%; }
        dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .4rem 0; }
        dt { font-weight: 600; }
        dd { margin: 0; }
        .note { font-style: italic; }
        ol.recommendations { list-style: none; padding: 0; } ol.recommendations blockquote { margin: .2rem 0 .8rem; padding-inline-start: .8rem; border-inline-start: 3px solid #555; }
        footer { margin-top: 2rem; font-size: .85rem; color: #444; }
        @media print { body { margin: 0; max-width: none; } h2, h3 { break-after: avoid; } tr, section { break-inside: avoid; } }
        """;

    public static string Write(AssemblyProtocol protocol, ExportTexts texts, DateTimeOffset now)
    {
        var labels = new ProtocolLabels(protocol, texts);
        var title = HtmlText.Inline(texts.Format("ProtocolHeading", protocol.Title));
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html>\n<html lang=\"").Append(texts.HtmlLang).Append("\" dir=\"").Append(texts.Dir).Append("\">\n<head>\n<meta charset=\"utf-8\">\n")
            .Append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">\n")
            .Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
            .Append("<title>").Append(title).Append("</title>\n<style>\n").Append(Style).Append("\n</style>\n</head>\n<body>\n");
        html.Append("<h1>").Append(title).Append("</h1>\n");
        Facts(html, labels.Facts());
        if (!protocol.IsClosed)
        {
            html.Append("<p class=\"note\">").Append(HtmlText.Inline(texts.Format("StillRunning", protocol.Version))).Append("</p>\n");
        }

        html.Append("<h2>").Append(HtmlText.Inline(texts["Participation"])).Append("</h2>\n");
        Facts(html, labels.Participation().Select(p => (p.Label, texts.Number(p.Count))));
        Moods(html, texts["CheckIn"], protocol.CheckIn, texts);
        Topics(html, protocol, labels, texts);
        Recommendations(html, labels, texts);
        SetAside(html, labels);
        Clusters(html, protocol, texts);
        Rounds(html, protocol, labels, texts);
        Groups(html, protocol, labels, texts);
        Moods(html, texts["CheckOut"], protocol.CheckOut, texts);
        html.Append("<footer><p>").Append(HtmlText.Inline(texts["NoVotesShown"])).Append("</p><p>")
            .Append(HtmlText.Inline(texts.Format("MadeWith", texts.RecordedTime(now)))).Append("</p></footer>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Facts(StringBuilder html, IEnumerable<(string Label, string Value)> facts)
    {
        html.Append("<dl>\n");
        foreach (var (label, value) in facts)
        {
            // A label may be a neighbour's (a cluster's name) and a value is often one (a place, a goal): each finds its own direction.
            html.Append("<dt dir=\"auto\">").Append(HtmlText.Inline(label)).Append("</dt><dd dir=\"auto\">").Append(HtmlText.Block(value)).Append("</dd>\n");
        }

        html.Append("</dl>\n");
    }

    private static void Recommendations(StringBuilder html, ProtocolLabels labels, ExportTexts texts)
    {
        var recommendations = labels.Recommendations().ToList();
        if (recommendations.Count == 0)
        {
            return;
        }

        html.Append("<section>\n<h2>").Append(HtmlText.Inline(texts["Recommendations"])).Append("</h2>\n<ol class=\"recommendations\">\n");
        foreach (var (heading, result, sentence) in recommendations)
        {
            html.Append("<li><h3 dir=\"auto\">").Append(HtmlText.Inline(heading)).Append("</h3>");
            if (result.Length > 0)
            {
                html.Append("<p>").Append(HtmlText.Inline(result)).Append("</p>");
            }

            html.Append("<blockquote dir=\"auto\">").Append(HtmlText.Inline(sentence)).Append("</blockquote></li>\n");
        }

        html.Append("</ol>\n</section>\n");
    }

    private static void Moods(StringBuilder html, string heading, MoodBoard moods, ExportTexts texts)
    {
        html.Append("<section>\n<h2>").Append(HtmlText.Inline(heading)).Append("</h2>\n");
        if (moods.Answers == 0)
        {
            html.Append("<p>").Append(HtmlText.Inline(texts["NoAnswers"])).Append("</p>\n</section>\n");
            return;
        }

        var facts = new List<(string, string)> { (texts["Answers"], texts.Number(moods.Answers)) };
        for (var i = moods.MoodCounts.Count - 1; i >= 0; i--)
        {
            facts.Add((texts.Mood(i), texts.Number(moods.MoodCounts[i])));
        }

        facts.Add((texts["Words"], string.Join(", ", moods.Words.Select(w => $"{w.Word} ({texts.Number(w.Count)})"))));
        Facts(html, facts);
        html.Append("</section>\n");
    }

    private static void Topics(StringBuilder html, AssemblyProtocol protocol, ProtocolLabels labels, ExportTexts texts)
    {
        html.Append("<h2>").Append(HtmlText.Inline(texts["Topics"])).Append("</h2>\n");
        if (protocol.Topics.Count == 0)
        {
            html.Append("<p>").Append(HtmlText.Inline(texts["NoTopics"])).Append("</p>\n");
            return;
        }

        if (!protocol.HasResults)
        {
            html.Append("<p class=\"note\">").Append(HtmlText.Inline(texts["NotRevealed"])).Append("</p>\n");
        }

        // Fixed widths for the figures and the short columns leave the topic's text the rest of the page,
        // so even three rounds of totals fit the printed page's width (long words break where they must).
        var columns = labels.TopicColumns();
        html.Append("<table class=\"topics\">\n<colgroup>");
        for (var i = 0; i < columns.Count; i++)
        {
            html.Append("<col class=\"").Append(ColumnClass(i, columns.Count)).Append("\">");
        }

        html.Append("</colgroup>\n<thead><tr>");
        foreach (var (column, i) in columns.Select((c, i) => (c, i)))
        {
            html.Append(IsNumeric(i, columns.Count) ? "<th class=\"n\">" : "<th>").Append(HtmlText.Inline(column)).Append("</th>");
        }

        html.Append("</tr></thead>\n<tbody>\n");
        foreach (var topic in protocol.Topics)
        {
            var cells = labels.TopicCells(topic);
            html.Append("<tr>");
            foreach (var (cell, i) in cells.Select((c, i) => (c, i)))
            {
                html.Append(IsNumeric(i, cells.Count) ? "<td class=\"n\">" : "<td dir=\"auto\">").Append(HtmlText.Block(cell)).Append("</td>");
            }

            html.Append("</tr>\n");
        }

        html.Append("</tbody>\n</table>\n");
    }

    private static void SetAside(StringBuilder html, ProtocolLabels labels)
    {
        var sentences = labels.SetAside().ToList();
        if (sentences.Count == 0)
        {
            return;
        }

        html.Append("<ul class=\"set-aside\">\n");
        foreach (var sentence in sentences)
        {
            html.Append("<li dir=\"auto\">").Append(HtmlText.Block(sentence)).Append("</li>\n");
        }

        html.Append("</ul>\n");
    }

    private static string ColumnClass(int column, int count) => column switch
    {
        0 => "number",
        1 => "topic",
        2 => "category",
        3 => "cluster",
        4 => "source",
        5 => "rank",
        _ when column == count - 1 => "paper",
        _ => "round",
    };

    // Number, rank, the rounds' totals and the paper dots are figures; text, category, cluster and source are not.
    private static bool IsNumeric(int column, int count) => column == 0 || column >= 5 || column == count - 1;

    private static void Clusters(StringBuilder html, AssemblyProtocol protocol, ExportTexts texts)
    {
        if (protocol.Clusters.Count == 0)
        {
            return;
        }

        html.Append("<h2>").Append(HtmlText.Inline(texts["Clusters"])).Append("</h2>\n");
        Facts(html, protocol.Clusters.Select(c => (c.Label, texts.Format("ClusterTopics", ProtocolLabels.Numbers(c.TopicNumbers)))));
    }

    private static void Rounds(StringBuilder html, AssemblyProtocol protocol, ProtocolLabels labels, ExportTexts texts)
    {
        html.Append("<h2>").Append(HtmlText.Inline(texts["Voting"])).Append("</h2>\n");
        foreach (var round in protocol.Rounds)
        {
            html.Append("<section>\n<h3>").Append(HtmlText.Inline(labels.RoundTitle(round))).Append("</h3>\n");
            Facts(html, labels.RoundFacts(round));
            html.Append("</section>\n");
        }
    }

    private static void Groups(StringBuilder html, AssemblyProtocol protocol, ProtocolLabels labels, ExportTexts texts)
    {
        html.Append("<h2>").Append(HtmlText.Inline(texts["Groups"])).Append("</h2>\n");
        if (protocol.Groups.Count == 0)
        {
            html.Append("<p>").Append(HtmlText.Inline(texts["NoGroups"])).Append("</p>\n");
            return;
        }

        foreach (var group in protocol.Groups)
        {
            html.Append("<section>\n<h3>").Append(HtmlText.Inline(texts.Format("GroupHeading", group.Number, group.Name))).Append("</h3>\n");
            Facts(html, labels.GroupFacts(group));
            if (group.Goals.Count > 0)
            {
                html.Append("<p><strong>").Append(HtmlText.Inline(texts["Goals"])).Append("</strong></p>\n<ul>\n");
                foreach (var goal in group.Goals)
                {
                    html.Append("<li dir=\"auto\">").Append(HtmlText.Block(goal)).Append("</li>\n");
                }

                html.Append("</ul>\n");
            }

            html.Append("</section>\n");
        }
    }
}
