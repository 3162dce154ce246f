using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Printing;
using OffeneVersammlung.Facilitator.Resources;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace OffeneVersammlung.Facilitator.Exports.Pdf;

/// <summary>
/// The protocol as a real PDF (PDFsharp) for the district council's letter tray and the community centre's folder:
/// title, date, place, participation, the dot results as a table, the recommendations with their sentences, the
/// project groups with their first steps; A4, page numbers, as many pages as it takes. Black on white, DejaVu Sans
/// (<see cref="PrintFonts"/>). What it leaves out is what every protocol leaves out (<see cref="AssemblyProtocol"/>).
/// </summary>
public static class ProtocolPdfWriter
{
    private static readonly XPdfFontOptions Unicode = new(PdfFontEncoding.Unicode);
    private static readonly XFont Title = Font(17, bold: true);
    private static readonly XFont Heading = Font(13, bold: true);
    private static readonly XFont Subheading = Font(10.5, bold: true);
    private static readonly XFont Body = Font(10);
    private static readonly XFont BodyBold = Font(10, bold: true);
    private static readonly XFont Small = Font(8.5);
    private static readonly XFont SmallBold = Font(8.5, bold: true);

    /// <summary>
    /// The words the PDF is printed in for <paramref name="texts"/>' language. PDFsharp 6 neither joins Arabic letters
    /// nor runs lines right to left, so a right-to-left language prints in German (as the invitation does, decision 0017);
    /// the neighbours' own texts print as they were typed (an Arabic topic prints with its letters unjoined: readable
    /// only with effort, said in decision 0019).
    /// </summary>
    public static ExportTexts Printable(string language, TimeZoneInfo zone)
    {
        var texts = ExportTexts.For(language, zone);
        return texts.Dir == "ltr" ? texts : ExportTexts.For(Contracts.Languages.UiLanguages.Default.Tag, zone);
    }

    public static byte[] Write(AssemblyProtocol protocol, ExportTexts texts, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(protocol);
        ArgumentNullException.ThrowIfNull(texts);
        var labels = new ProtocolLabels(protocol, texts);
        PrintFonts.Use();
        using var document = new PdfDocument();
        document.Info.Title = texts.Format("ProtocolHeading", protocol.Title);
        document.Info.Creator = "Offene Versammlung";
        using (var flow = new PdfFlow(document))
        {
            flow.Text(texts.Format("ProtocolHeading", protocol.Title), Title, after: 6);
            Facts(flow, labels.Facts());
            if (!protocol.IsClosed)
            {
                flow.Text(texts.Format("StillRunning", protocol.Version), Small, after: 4);
            }

            Section(flow, texts["Participation"]);
            Facts(flow, labels.Participation().Select(p => (p.Label, texts.Number(p.Count))));
            Topics(flow, protocol, labels, texts);
            Recommendations(flow, labels, texts);
            Groups(flow, protocol, labels, texts);
            flow.Y += 10;
            flow.Text(texts["NoVotesShown"] + " " + texts.Format("MadeWith", texts.RecordedTime(now)), Small);
            flow.NumberPages((page, count) => texts.Format("PageOf", page, count), Small);
        }

        using var output = new MemoryStream();
        document.Save(output, false);
        return output.ToArray();
    }

    private static void Section(PdfFlow flow, string heading)
    {
        // A heading never stands alone at the foot of a page: it keeps room for a few lines after it.
        flow.Y += 10;
        flow.Need(Heading.GetHeight() + (4 * Body.GetHeight()));
        flow.Text(heading, Heading, after: 2);
        flow.Rule();
        flow.Y += 4;
    }

    private static void Facts(PdfFlow flow, IEnumerable<(string Label, string Value)> facts)
    {
        const double LabelWidth = 150;
        foreach (var (label, value) in facts)
        {
            // Label and value in one size, so their first lines share the baseline.
            var labelLines = PdfLines.Of(flow.Graphics, label + ":", BodyBold, LabelWidth - 8);
            var valueLines = PdfLines.Of(flow.Graphics, value, Body, flow.Width - LabelWidth);
            if (labelLines.Count + valueLines.Count > 40)
            {
                // A long value (a group's problem) runs on across pages under its label instead of as one block.
                flow.Text(label + ":", BodyBold);
                flow.Text(value, Body, x: 12, after: 2);
                continue;
            }

            var height = Math.Max(labelLines.Count, valueLines.Count) * Body.GetHeight();
            flow.Need(height);
            flow.Column(labelLines, BodyBold, 0, LabelWidth - 8);
            flow.Column(valueLines, Body, LabelWidth, flow.Width - LabelWidth);
            flow.Y += height + 2;
        }
    }

    private static void Topics(PdfFlow flow, AssemblyProtocol protocol, ProtocolLabels labels, ExportTexts texts)
    {
        Section(flow, texts["Topics"]);
        if (protocol.Topics.Count == 0)
        {
            flow.Text(texts["NoTopics"], Body);
            return;
        }

        if (!protocol.HasResults)
        {
            flow.Text(texts["NotRevealed"], Small, after: 4);
        }

        var table = new PdfTopicTable(flow, labels, texts);
        table.Header();
        flow.OnNewPage = table.Header;
        foreach (var topic in protocol.Topics)
        {
            table.Row(topic);
        }

        flow.OnNewPage = null;
        flow.Rule();
        foreach (var sentence in labels.SetAside())
        {
            flow.Y += 2;
            flow.Text(sentence, Small);
        }
    }

    private static void Recommendations(PdfFlow flow, ProtocolLabels labels, ExportTexts texts)
    {
        var recommendations = labels.Recommendations().ToList();
        if (recommendations.Count == 0)
        {
            return;
        }

        Section(flow, texts["Recommendations"]);
        foreach (var (heading, result, sentence) in recommendations)
        {
            flow.Need(Subheading.GetHeight() + (3 * Body.GetHeight()));
            flow.Text(heading, Subheading);
            if (result.Length > 0)
            {
                flow.Text(result, Small);
            }

            flow.Text(sentence, Body, x: 12, after: 8);
        }
    }

    private static void Groups(PdfFlow flow, AssemblyProtocol protocol, ProtocolLabels labels, ExportTexts texts)
    {
        Section(flow, texts["Groups"]);
        if (protocol.Groups.Count == 0)
        {
            flow.Text(texts["NoGroups"], Body);
            return;
        }

        foreach (var group in protocol.Groups)
        {
            flow.Need(Subheading.GetHeight() + (4 * Body.GetHeight()));
            flow.Text(texts.Format("GroupHeading", group.Number, group.Name), Subheading, after: 2);
            Facts(flow, labels.GroupFacts(group));
            if (group.Goals.Count > 0)
            {
                Facts(flow, [(texts["Goals"], string.Join("\n", group.Goals.Select(g => "– " + g)))]);
            }

            flow.Y += 8;
        }
    }

    internal static XFont Font(double size, bool bold = false) =>
        new(PrintFonts.Family, size, bold ? XFontStyleEx.Bold : XFontStyleEx.Regular, Unicode);

    internal static XFont TableFont => Small;

    internal static XFont TableHeaderFont => SmallBold;
}
