using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using OffeneVersammlung.Engine.Serialization;

namespace OffeneVersammlung.Facilitator.Exports;

/// <summary>
/// The whole assembly as JSON for the archive: its id, version and every event in order (enums as
/// names), as <see cref="EventArchive"/> lets them out: no device keys, no link from a dot to a person.
/// </summary>
public static class AssemblyJsonWriter
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },

        // Only escapes what JSON needs, so umlauts stay readable; the file is never embedded in a page.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static byte[] Write(Guid assemblyId, long version, DateTimeOffset exportedAt, IEnumerable<ArchivedEvent> events) =>
        JsonSerializer.SerializeToUtf8Bytes(new AssemblyArchive(assemblyId, version, exportedAt, [.. events]), Options);

    private sealed record AssemblyArchive(Guid AssemblyId, long Version, DateTimeOffset ExportedAt, IReadOnlyList<ArchivedEvent> Events);
}
