using System.Text;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Exports.Pdf;
using OffeneVersammlung.Facilitator.Resources;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// Makes the downloads of an assembly, at any moment of the evening or after the close: the protocol
/// (Markdown, printable HTML, PDF), the topics with their votes (CSV), the whole event history (JSON) and
/// the groups' next meetings (.ics), in German or English.
/// </summary>
public sealed class AssemblyExports(LiveAssemblies assemblies, AssemblyRepository repository, TimeProvider time)
{
    /// <summary>
    /// The file, or null when the assembly does not exist; for <see cref="ExportFormat.GroupCalendar"/>
    /// also null when the group (or, without <paramref name="groupId"/>, every group) has no next meeting
    /// with a date, since a calendar file needs at least one event.
    /// </summary>
    public async Task<ExportFile?> CreateAsync(
        Guid assemblyId, ExportFormat format, string language, Guid? groupId = null, CancellationToken cancellationToken = default)
    {
        var texts = ExportTexts.For(language, time.LocalTimeZone);
        var protocol = await assemblies.ReadAsync(assemblyId, (assembly, _) => AssemblyProtocol.Of(assembly.State), cancellationToken);
        if (protocol is null)
        {
            return null;
        }

        var now = time.GetUtcNow();
        var day = protocol.StartsAt ?? protocol.OpenedAt ?? now;
        return format switch
        {
            ExportFormat.ProtocolMarkdown => Text(
                ExportFileName.For(texts["FileProtocol"], protocol.Title, day, "md"), "text/markdown; charset=utf-8", ProtocolMarkdownWriter.Write(protocol, texts, now)),
            ExportFormat.ProtocolHtml => Text(
                ExportFileName.For(texts["FileProtocol"], protocol.Title, day, "html"), "text/html; charset=utf-8", ProtocolHtmlWriter.Write(protocol, texts, now)),
            ExportFormat.TopicsCsv => Text(
                ExportFileName.For(texts["FileTopics"], protocol.Title, day, "csv"), "text/csv; charset=utf-8", TopicsCsvWriter.Write(protocol, texts), byteOrderMark: true),
            ExportFormat.AssemblyJson => new ExportFile(
                ExportFileName.For(texts["FileAssembly"], protocol.Title, day, "json"), "application/json", await ArchiveAsync(assemblyId, protocol.Version, now, cancellationToken)),
            ExportFormat.GroupCalendar => Calendar(protocol, groupId, texts, now),
            ExportFormat.ProtocolPdf => new ExportFile(
                ExportFileName.For(texts["FileProtocol"], protocol.Title, day, "pdf"), "application/pdf", ProtocolPdfWriter.Write(protocol, ProtocolPdfWriter.Printable(language, time.LocalTimeZone), now)),
            _ => throw new ArgumentOutOfRangeException(nameof(format), format, null),
        };
    }

    private static ExportFile? Calendar(AssemblyProtocol protocol, Guid? groupId, ExportTexts texts, DateTimeOffset now)
    {
        var groups = protocol.Groups.Where(g => g.NextMeetingAt is not null && (groupId is null || g.Id == groupId)).ToList();
        if (groups.Count == 0)
        {
            return null;
        }

        var name = groupId is null
            ? ExportFileName.For(texts["FileMeetings"], protocol.Title, protocol.StartsAt ?? protocol.OpenedAt ?? now, "ics")
            : ExportFileName.For(texts["FileMeetings"], groups[0].Name, groups[0].NextMeetingAt, "ics");
        return Text(name, "text/calendar; charset=utf-8", GroupCalendarWriter.Write(protocol, groups, texts, now));
    }

    private async Task<byte[]> ArchiveAsync(Guid assemblyId, long version, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var events = new List<ArchivedEvent>();
        await foreach (var recorded in repository.ReadAsync(assemblyId, version, cancellationToken))
        {
            events.Add(EventArchive.Of(recorded));
        }

        return AssemblyJsonWriter.Write(assemblyId, version, now, events);
    }

    private static ExportFile Text(string fileName, string contentType, string content, bool byteOrderMark = false) =>
        new(fileName, contentType, byteOrderMark ? [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(content)] : Encoding.UTF8.GetBytes(content));
}
