namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>What the facilitator can download, during the evening or after the close.</summary>
public enum ExportFormat
{
    ProtocolMarkdown,
    ProtocolHtml,
    TopicsCsv,
    AssemblyJson,
    GroupCalendar,
    ProtocolPdf,
}
