using System.Text;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// The topics and their votes as CSV, one row per visible topic: number, text, category, cluster,
/// source, rank, the total of each revealed round and the paper dots among them, and (when there are any) the recommendation's place and sentence. Comma-separated,
/// CRLF line ends; the file starts with a byte order mark so spreadsheets read it as UTF-8.
/// </summary>
public static class TopicsCsvWriter
{
    public static string Write(AssemblyProtocol protocol, ExportTexts texts)
    {
        var labels = new ProtocolLabels(protocol, texts);
        var csv = new StringBuilder();
        // The recommendation's sentence comes last and only when there is one, so a file without keeps the columns it always had.
        var recommended = protocol.Recommended.ToDictionary(r => r.TopicId);
        var header = labels.TopicColumns().Select(CsvCell.Text).ToList();
        if (recommended.Count > 0)
        {
            header.Add(CsvCell.Text(texts["Recommendation"]));
        }

        csv.Append(string.Join(',', header)).Append("\r\n");
        foreach (var topic in protocol.Topics)
        {
            var cells = labels.TopicCells(topic).Select((cell, i) => IsText(i) ? CsvCell.Text(cell) : CsvCell.Figure(cell)).ToList();
            if (recommended.Count > 0)
            {
                cells.Add(recommended.TryGetValue(topic.Id, out var recommendation) ? CsvCell.Text(texts.Format("RecommendationCell", texts.Number(recommendation.Position), recommendation.Sentence)) : string.Empty);
            }

            csv.Append(string.Join(',', cells)).Append("\r\n");
        }

        return csv.ToString();
    }

    // Columns 1–3 (topic, category, cluster) came from people; number, source, rank and dots from the export.
    private static bool IsText(int column) => column is >= 1 and <= 3;
}
