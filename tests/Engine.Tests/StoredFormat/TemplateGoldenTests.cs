using MessagePack;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Engine.Tests.Support;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>
/// Every assembly keeps a copy of its template inside <c>AssemblyCreated</c>, so the template's shape is
/// stored format too: the seed templates as an earlier build wrote them must read the same later.
/// </summary>
public class TemplateGoldenTests
{
    private static readonly MessagePackSerializerOptions Options = EventSerializer.Options;

    public static TheoryData<string> SeedTemplates => [.. TemplateDirectory.Load(RepositoryRoot.Seeds("templates")).Select(t => t.Id)];

    public static TheoryData<string> GoldenTemplates =>
        [.. Directory.GetFiles(GoldenFiles.PathOf("templates"), "*.msgpack").Select(f => Path.GetFileNameWithoutExtension(f)!).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(SeedTemplates))]
    public void Every_seed_template_has_a_golden_file(string id)
    {
        var template = TemplateDirectory.Load(RepositoryRoot.Seeds("templates")).Single(t => t.Id == id);

        GoldenFiles.BytesOrWrite($"templates/{id}.msgpack", () => MessagePackSerializer.Serialize(template, Options));
        GoldenFiles.TextOrWrite($"templates/{id}.json", () => TemplateJson.Write(template) + "\n");
    }

    [Theory]
    [MemberData(nameof(GoldenTemplates))]
    public void A_golden_template_reads_as_what_it_meant_and_today_s_build_writes_the_same_bytes(string id)
    {
        var golden = GoldenFiles.ReadBytes($"templates/{id}.msgpack");
        var meaning = GoldenFiles.ReadText($"templates/{id}.json");

        var read = MessagePackSerializer.Deserialize<AssemblyTemplate>(golden, Options);

        Assert.Equal(meaning, TemplateJson.Write(read).ReplaceLineEndings("\n") + "\n");
        Assert.Equal(Convert.ToHexString(golden), Convert.ToHexString(MessagePackSerializer.Serialize(TemplateJson.Parse(meaning), Options)));
    }
}
