using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.GroupSpaces;
using OffeneVersammlung.Engine.Serialization;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>
/// Bytes of every event kind as an earlier build stored them (<c>Golden/events/Kind.vN.msgpack</c>)
/// must keep their meaning (<c>Kind.vN.json</c>) in every later build.
/// </summary>
public class EventGoldenTests
{
    private static readonly DateTimeOffset RecordedAt = new(2026, 11, 22, 18, 30, 15, TimeSpan.FromHours(1));

    public static TheoryData<string> Kinds => [.. StoredTypes.EventKinds.Keys];

    public static TheoryData<string> GoldenEvents =>
        [.. Directory.GetFiles(GoldenFiles.PathOf("events"), "*.msgpack").Select(f => Path.GetFileName(f)!).Order(StringComparer.Ordinal)];

    [Fact]
    public void Every_event_kind_keeps_its_union_key() =>
        PinnedTable.Check("event-kinds.json", StoredTypes.EventKinds.ToDictionary(k => k.Key, k => (long)k.Value));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_event_kind_has_a_golden_file_of_its_current_version_that_today_s_build_writes_byte_for_byte(string kind)
    {
        var sample = GoldenEventSamples.All.Concat<object>(GoldenEventSamples.GroupSpaces).SingleOrDefault(e => e.GetType().Name == kind);
        Assert.True(sample is not null, $"{kind} has no sample in {nameof(GoldenEventSamples)}: add one with realistic values.");
        var name = $"events/{kind}.v{CurrentVersion(sample)}";

        var golden = GoldenFiles.BytesOrWrite($"{name}.msgpack", () => Write(sample));
        GoldenFiles.TextOrWrite($"{name}.json", () => StoredJson.Of(sample));

        Assert.Equal(Convert.ToHexString(golden), Convert.ToHexString(Write(sample)));
    }

    [Theory]
    [MemberData(nameof(GoldenEvents))]
    public void A_golden_event_reads_as_what_it_meant_when_it_was_written(string file)
    {
        var name = Path.GetFileNameWithoutExtension(file);
        var version = int.Parse(name[(name.LastIndexOf(".v", StringComparison.Ordinal) + 2)..], System.Globalization.CultureInfo.InvariantCulture);

        var read = Read(name[..name.LastIndexOf(".v", StringComparison.Ordinal)], GoldenFiles.ReadBytes($"events/{file}"), version);

        Assert.Equal(name[..name.LastIndexOf(".v", StringComparison.Ordinal)], read.GetType().Name);
        Assert.Equal(GoldenFiles.ReadText($"events/{name}.json"), StoredJson.Of(read));
    }

    private static int CurrentVersion(object sample) =>
        sample is GroupSpaceEvent ? EventSchema.GroupSpaces.VersionOf(sample.GetType()) : EventSchema.Current.VersionOf(sample.GetType());

    private static byte[] Write(object sample) => sample is GroupSpaceEvent space
        ? SpaceEventSerializer.ToStored(new RecordedSpaceEvent(1, Guid.Empty, RecordedAt, space)).Data.ToArray()
        : EventSerializer.ToStored(new RecordedEvent(1, Guid.Empty, RecordedAt, (AssemblyEvent)sample)).Data.ToArray();

    // The file's kind says which union reads it: a group space's bytes are not an assembly event.
    private static object Read(string kind, byte[] bytes, int version)
    {
        var stored = new OffeneVersammlung.Engine.Storage.StoredEvent(1, Guid.Empty, RecordedAt, version, bytes);
        return typeof(GroupSpaceEvent).GetCustomAttributes(typeof(MessagePack.UnionAttribute), false).Cast<MessagePack.UnionAttribute>().Any(u => u.SubType.Name == kind)
            ? SpaceEventSerializer.FromStored(stored).Event
            : EventSerializer.FromStored(stored).Event;
    }
}
