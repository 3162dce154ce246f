using System.Text;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>The protocol as Markdown: readable as plain text, renders as a tidy page.</summary>
public static class ProtocolMarkdownWriter
{
    public static string Write(AssemblyProtocol protocol, ExportTexts texts, DateTimeOffset now)
    {
        var md = new StringBuilder();
        var labels = new ProtocolLabels(protocol, texts);
        md.Append("# ").AppendLine(MarkdownText.Inline(texts.Format("ProtocolHeading", protocol.Title))).AppendLine();
        foreach (var (label, value) in labels.Facts())
        {
            md.Append("- **").Append(label).Append(":** ").AppendLine(MarkdownText.Inline(value));
        }

        if (!protocol.IsClosed)
        {
            md.AppendLine().AppendLine(MarkdownText.Inline(texts.Format("StillRunning", protocol.Version)));
        }

        md.AppendLine().Append("## ").AppendLine(texts["Participation"]).AppendLine();
        foreach (var (label, count) in labels.Participation())
        {
            md.Append("- ").Append(label).Append(": ").AppendLine(texts.Number(count));
        }

        WriteMoods(md, texts["CheckIn"], protocol.CheckIn, texts);
        WriteTopics(md, protocol, labels, texts);
        WriteRecommendations(md, labels, texts);
        WriteSetAside(md, labels);
        WriteClusters(md, protocol, texts);
        WriteRounds(md, protocol, labels, texts);
        WriteGroups(md, protocol, labels, texts);
        WriteMoods(md, texts["CheckOut"], protocol.CheckOut, texts);

        md.AppendLine().AppendLine("---").AppendLine()
            .AppendLine(MarkdownText.Inline(texts["NoVotesShown"] + " " + texts.Format("MadeWith", texts.RecordedTime(now))));
        return md.ToString();
    }

    private static void WriteMoods(StringBuilder md, string heading, MoodBoard moods, ExportTexts texts)
    {
        md.AppendLine().Append("## ").AppendLine(heading).AppendLine();
        if (moods.Answers == 0)
        {
            md.AppendLine(MarkdownText.Inline(texts["NoAnswers"]));
            return;
        }

        md.Append("- ").Append(texts["Answers"]).Append(": ").AppendLine(texts.Number(moods.Answers));
        for (var i = moods.MoodCounts.Count - 1; i >= 0; i--)
        {
            md.Append("- ").Append(MarkdownText.Inline(texts.Mood(i))).Append(": ").AppendLine(texts.Number(moods.MoodCounts[i]));
        }

        md.Append("- ").Append(texts["Words"]).Append(": ")
            .AppendLine(string.Join(", ", moods.Words.Select(w => $"{MarkdownText.Inline(w.Word)} ({texts.Number(w.Count)})")));
    }

    private static void WriteTopics(StringBuilder md, AssemblyProtocol protocol, ProtocolLabels labels, ExportTexts texts)
    {
        md.AppendLine().Append("## ").AppendLine(texts["Topics"]).AppendLine();
        if (protocol.Topics.Count == 0)
        {
            md.AppendLine(MarkdownText.Inline(texts["NoTopics"]));
            return;
        }

        if (!protocol.HasResults)
        {
            md.AppendLine(MarkdownText.Inline(texts["NotRevealed"])).AppendLine();
        }

        var headers = labels.TopicColumns();
        md.Append("| ").Append(string.Join(" | ", headers.Select(MarkdownText.Inline))).AppendLine(" |");
        md.Append('|').Append(string.Concat(headers.Select(_ => " --- |"))).AppendLine();
        foreach (var topic in protocol.Topics)
        {
            md.Append("| ").Append(string.Join(" | ", labels.TopicCells(topic).Select(MarkdownText.Inline))).AppendLine(" |");
        }
    }

    private static void WriteRecommendations(StringBuilder md, ProtocolLabels labels, ExportTexts texts)
    {
        var recommendations = labels.Recommendations().ToList();
        if (recommendations.Count == 0)
        {
            return;
        }

        md.AppendLine().Append("## ").AppendLine(texts["Recommendations"]).AppendLine();
        foreach (var (heading, result, sentence) in recommendations)
        {
            md.Append("### ").AppendLine(MarkdownText.Inline(heading)).AppendLine();
            if (result.Length > 0)
            {
                md.AppendLine(MarkdownText.Inline(result)).AppendLine();
            }

            md.Append("> ").AppendLine(MarkdownText.Inline(sentence));
        }
    }

    private static void WriteSetAside(StringBuilder md, ProtocolLabels labels)
    {
        var sentences = labels.SetAside().ToList();
        if (sentences.Count == 0)
        {
            return;
        }

        md.AppendLine();
        foreach (var sentence in sentences)
        {
            md.Append("- ").AppendLine(MarkdownText.Inline(sentence));
        }
    }

    private static void WriteClusters(StringBuilder md, AssemblyProtocol protocol, ExportTexts texts)
    {
        if (protocol.Clusters.Count == 0)
        {
            return;
        }

        md.AppendLine().Append("## ").AppendLine(texts["Clusters"]).AppendLine();
        foreach (var cluster in protocol.Clusters)
        {
            md.Append("- **").Append(MarkdownText.Inline(cluster.Label)).Append("**: ")
                .AppendLine(MarkdownText.Inline(texts.Format("ClusterTopics", ProtocolLabels.Numbers(cluster.TopicNumbers))));
        }
    }

    private static void WriteRounds(StringBuilder md, AssemblyProtocol protocol, ProtocolLabels labels, ExportTexts texts)
    {
        md.AppendLine().Append("## ").AppendLine(texts["Voting"]).AppendLine();
        foreach (var round in protocol.Rounds)
        {
            md.Append("### ").AppendLine(MarkdownText.Inline(labels.RoundTitle(round))).AppendLine();
            foreach (var (label, value) in labels.RoundFacts(round))
            {
                md.Append("- ").Append(MarkdownText.Inline(label)).Append(": ").AppendLine(MarkdownText.Inline(value));
            }

            md.AppendLine();
        }
    }

    private static void WriteGroups(StringBuilder md, AssemblyProtocol protocol, ProtocolLabels labels, ExportTexts texts)
    {
        md.Append("## ").AppendLine(texts["Groups"]).AppendLine();
        if (protocol.Groups.Count == 0)
        {
            md.AppendLine(MarkdownText.Inline(texts["NoGroups"]));
            return;
        }

        foreach (var group in protocol.Groups)
        {
            md.Append("### ").AppendLine(MarkdownText.Inline(texts.Format("GroupHeading", group.Number, group.Name))).AppendLine();
            foreach (var (label, value) in labels.GroupFacts(group))
            {
                md.Append("**").Append(MarkdownText.Inline(label)).Append(":** ").AppendLine(MarkdownText.Block(value)).AppendLine();
            }

            if (group.Goals.Count > 0)
            {
                md.Append("**").Append(texts["Goals"]).AppendLine(":**").AppendLine();
                foreach (var goal in group.Goals)
                {
                    md.Append("- ").AppendLine(MarkdownText.Inline(goal));
                }

                md.AppendLine();
            }
        }
    }
}
