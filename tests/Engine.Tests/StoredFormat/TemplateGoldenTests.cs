using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Engine.Tests.Support;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>
/// Every assembly keeps a copy of its template inside <c>AssemblyCreated</c>, so the template's shape is
/// stored format too: each seed template, stored inside an <c>AssemblyCreated</c> by an earlier build
/// (<c>Golden/templates/id.AssemblyCreated.vN.msgpack</c>), must read as the same template
/// (<c>id.AssemblyCreated.vN.json</c>, the template file format) in every later build.
/// </summary>
public class TemplateGoldenTests
{
    private static readonly DateTimeOffset RecordedAt = new(2026, 11, 22, 17, 55, 0, TimeSpan.FromHours(1));

    public static TheoryData<string> SeedTemplates => [.. TemplateDirectory.Load(RepositoryRoot.Seeds("templates")).Select(t => t.Id)];

    public static TheoryData<string> GoldenTemplates =>
        [.. Directory.GetFiles(GoldenFiles.PathOf("templates"), "*.msgpack").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SeedTemplates))]
    public void Every_seed_template_has_a_golden_file_inside_the_current_version_of_assembly_created(string id)
    {
        var template = TemplateDirectory.Load(RepositoryRoot.Seeds("templates")).Single(t => t.Id == id);
        var name = $"templates/{id}.{nameof(AssemblyCreated)}.v{EventSchema.Current.VersionOf(typeof(AssemblyCreated))}";

        GoldenFiles.BytesOrWrite($"{name}.msgpack", () => Write(CreatedFrom(template)));
        GoldenFiles.TextOrWrite($"{name}.json", () => TemplateJson.Write(template) + "\n");
    }

    [Theory]
    [MemberData(nameof(GoldenTemplates))]
    public void A_golden_template_reads_as_what_it_meant_when_it_was_written(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var version = int.Parse(name[(name.LastIndexOf(".v", StringComparison.Ordinal) + 2)..], System.Globalization.CultureInfo.InvariantCulture);
        var golden = GoldenFiles.ReadBytes($"templates/{file}");
        var meaning = GoldenFiles.ReadText($"templates/{name}.json");

        var read = Assert.IsType<AssemblyCreated>(EventSerializer.FromStored(new StoredEvent(1, Guid.Empty, RecordedAt, version, golden)).Event);

        Assert.Equal(meaning, TemplateJson.Write(read.Template).ReplaceLineEndings("\n") + "\n");
        if (version == EventSchema.Current.VersionOf(typeof(AssemblyCreated)))
        {
            Assert.Equal(Convert.ToHexString(golden), Convert.ToHexString(Write(read with { Template = TemplateJson.Parse(meaning) })));
        }
    }

    private static AssemblyCreated CreatedFrom(AssemblyTemplate template) => new(
        Guid.Parse("7e3b1a20-5c4d-4e6f-9a8b-0c1d2e3f4a5b"),
        "Offene Versammlung im Hofkiez",
        "Nachbarschaftshaus am Markt",
        RecordedAt.AddMinutes(5),
        AssemblyFormat.InRoom,
        template,
        RecordedAt);

    private static byte[] Write(AssemblyCreated created) =>
        EventSerializer.ToStored(new RecordedEvent(1, Guid.Empty, RecordedAt, created)).Data.ToArray();
}
