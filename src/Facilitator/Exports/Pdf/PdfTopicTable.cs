using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Resources;
using PdfSharp.Drawing;

namespace OffeneVersammlung.Facilitator.Exports.Pdf;

/// <summary>
/// The dot results as a table: number, topic, rank, the total of each revealed round, paper dots. The figures get narrow
/// fixed columns and the topic the rest; a row never splits across pages, and each page starts with the header again.
/// </summary>
internal sealed class PdfTopicTable(PdfFlow flow, ProtocolLabels labels, ExportTexts texts)
{
    private const double Gap = 6;
    private const double NumberWidth = 28;
    private const double RankWidth = 34;
    private const double RoundWidth = 50;

    // Wide enough for "Papierpunkte" whole: the header word is not broken.
    private const double PaperWidth = 72;

    private readonly XFont _font = ProtocolPdfWriter.TableFont;
    private readonly XFont _header = ProtocolPdfWriter.TableHeaderFont;

    private double TopicWidth => flow.Width - NumberWidth - RankWidth - (labels.RevealedRounds * RoundWidth) - PaperWidth - ((labels.RevealedRounds + 3) * Gap);

    public void Header()
    {
        var cells = new List<string> { texts["Number"], texts["Topic"], texts["Rank"] };
        cells.AddRange(Enumerable.Range(1, labels.RevealedRounds).Select(r => texts.Format("DotsInRound", r)));
        cells.Add(texts["PaperDots"]);
        Draw(cells, _header, keepWithNext: true);
        flow.Rule();
        flow.Y += 2;
    }

    public void Row(ProtocolTopic topic)
    {
        var text = topic.ClusterLabel is { } cluster ? $"{topic.Text} ({cluster})" : topic.Text;
        var cells = new List<string> { texts.Number(topic.Number), text, topic.Rank is { } rank ? texts.Number(rank) : string.Empty };
        cells.AddRange(topic.Totals.Select(total => total is { } dots ? texts.Number(dots) : string.Empty));
        cells.Add(texts.Number(topic.PaperDots));
        Draw(cells, _font, keepWithNext: false);
    }

    private void Draw(IReadOnlyList<string> cells, XFont font, bool keepWithNext)
    {
        var columns = Columns().ToList();
        var lines = cells.Select((cell, i) => PdfLines.Of(flow.Graphics, cell, font, columns[i].Width)).ToList();
        var height = (lines.Max(l => l.Count) * font.GetHeight()) + 3;
        flow.Need(height + (keepWithNext ? font.GetHeight() * 2 : 0));
        for (var i = 0; i < cells.Count; i++)
        {
            flow.Column(lines[i], font, columns[i].X, columns[i].Width, alignRight: i != 1);
        }

        flow.Y += height;
    }

    private IEnumerable<(double X, double Width)> Columns()
    {
        var x = 0.0;
        yield return (x, NumberWidth);
        x += NumberWidth + Gap;
        yield return (x, TopicWidth);
        x += TopicWidth + Gap;
        yield return (x, RankWidth);
        x += RankWidth + Gap;
        for (var i = 0; i < labels.RevealedRounds; i++)
        {
            yield return (x, RoundWidth);
            x += RoundWidth + Gap;
        }

        yield return (x, PaperWidth);
    }
}
