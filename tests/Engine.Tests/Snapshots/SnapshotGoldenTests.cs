using System.Reflection;
using System.Text.Json;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Snapshots;
using OffeneVersammlung.Engine.Speaking;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Tests.StoredFormat;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Tests.Snapshots;

/// <summary>
/// The snapshot is stored format (docs/decisions/0022-snapshots.md): the bytes a build wrote must read to the same
/// assembly, today's build must write the same bytes for it, and a state that gains a field must not be
/// snapshotted without it.
/// </summary>
public class SnapshotGoldenTests
{
    private const string DemoSnapshot = "snapshots/demo-assembly.v3.msgpack";
    private const string StateFields = "snapshots/state-fields.json";

    /// <summary>Every type whose fields the snapshot holds, with the state they hang from.</summary>
    private static readonly Type[] StateTypes =
    [
        typeof(AssemblyState), typeof(Participant), typeof(Knock), typeof(Topic), typeof(Cluster), typeof(ProjectGroup),
        typeof(VoteLedger), typeof(VotingRound), typeof(SpeakersList), typeof(PhaseTimer), typeof(WallSpot),
    ];

    [Fact]
    public async Task The_golden_demo_snapshot_reads_to_the_demo_evening_and_today_writes_the_same_bytes()
    {
        var replayed = OpenAssembly.FromHistory(await DemoHistory.ReadAsync());
        var today = SnapshotFormat.ToStored(replayed);
        var golden = GoldenFiles.BytesOrWrite(DemoSnapshot, () => today.Data.ToArray());

        var restored = SnapshotFormat.FromStored(new StoredSnapshot(replayed.Version, SnapshotFormat.Version, golden));

        var now = replayed.State.LastEventAt.AddSeconds(10);
        Assert.Equal(ViewJson.AllViews(replayed, now), ViewJson.AllViews(restored, now));
        Assert.True(golden.AsSpan().SequenceEqual(today.Data.Span), $"Today's snapshot of the demo evening differs from {DemoSnapshot}: raise SnapshotFormat.Version (docs/decisions/0022-snapshots.md).");
    }

    [Fact]
    public void Every_field_of_the_assembly_state_is_one_the_snapshot_knows()
    {
        var today = JsonSerializer.Serialize(
            StateTypes.ToDictionary(t => t.Name, FieldsOf),
            new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping });

        var pinned = GoldenFiles.TextOrWrite(StateFields, () => today + "\n");

        Assert.True(
            pinned.TrimEnd() == today.ReplaceLineEndings("\n").TrimEnd(),
            $"The assembly's state changed its fields ({StateFields}). Put the change into the snapshot (AssemblySnapshot, "
            + "SnapshotFormat.Capture and Restore), raise SnapshotFormat.Version, then delete the file and run with OV_GOLDEN=write. Today:\n" + today);
    }

    private static List<string> FieldsOf(Type type) =>
        [.. type.GetFields(BindingFlags.Instance | BindingFlags.Public | BindingFlags.NonPublic)
            .Select(f => $"{CleanName(f.Name)}: {NameOf(f.FieldType)}")
            .Order(StringComparer.Ordinal)];

    private static string NameOf(Type type) =>
        type.IsGenericType ? $"{type.Name[..type.Name.IndexOf('`', StringComparison.Ordinal)]}<{string.Join(", ", type.GetGenericArguments().Select(NameOf))}>" : type.Name;

    private static string CleanName(string field) =>
        field.StartsWith('<') ? field[1..field.IndexOf('>', StringComparison.Ordinal)] : field;
}
