using System.Text;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// The topics and their votes as CSV, one row per visible topic: number, text, category, cluster,
/// source, rank, the total of each revealed round and the paper dots among them. Comma-separated,
/// CRLF line ends; the file starts with a byte order mark so spreadsheets read it as UTF-8.
/// </summary>
public static class TopicsCsvWriter
{
    public static string Write(AssemblyProtocol protocol, ExportTexts texts)
    {
        var labels = new ProtocolLabels(protocol, texts);
        var csv = new StringBuilder();
        csv.Append(string.Join(',', labels.TopicColumns().Select(CsvCell.Text))).Append("\r\n");
        foreach (var topic in protocol.Topics)
        {
            var cells = labels.TopicCells(topic);
            csv.Append(string.Join(',', cells.Select((cell, i) => IsText(i) ? CsvCell.Text(cell) : CsvCell.Figure(cell)))).Append("\r\n");
        }

        return csv.ToString();
    }

    // Columns 1–3 (topic, category, cluster) came from people; number, source, rank and dots from the export.
    private static bool IsText(int column) => column is >= 1 and <= 3;
}
