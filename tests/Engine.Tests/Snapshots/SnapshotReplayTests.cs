using MessagePack;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Snapshots;
using OffeneVersammlung.Engine.Tests.Replay;
using OffeneVersammlung.Engine.Tests.Support;

namespace OffeneVersammlung.Engine.Tests.Snapshots;

/// <summary>A snapshot and the events after it must be the assembly the whole history replays to, and decide as it does.</summary>
public class SnapshotReplayTests
{
    public static TheoryData<int> Seeds()
    {
        var seeds = new TheoryData<int>();
        foreach (var seed in Enumerable.Range(1, 20))
        {
            seeds.Add(seed);
        }

        return seeds;
    }

    [Fact]
    public async Task The_demo_evening_from_a_snapshot_at_any_version_and_its_tail_equals_its_full_replay()
    {
        var history = await DemoHistory.ReadAsync();
        var replayed = OpenAssembly.FromHistory(history);
        var now = replayed.State.LastEventAt.AddSeconds(10);

        foreach (var cut in Enumerable.Range(1, history.Count))
        {
            var fromSnapshot = ThroughSnapshot(history, cut);

            Assert.Equal(ViewJson.AllViews(replayed, now), ViewJson.AllViews(fromSnapshot, now));
            Assert.Equal(StateBytes(replayed), StateBytes(fromSnapshot));
        }
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_random_evening_from_a_snapshot_decides_every_later_command_as_the_live_assembly_does(int seed)
    {
        var source = new RandomCommandSource(seed);
        var driver = new AssemblyDriver(TestTemplates.Full(dots: 3, maxPerTopic: 2, moderate: seed % 2 == 0));
        OpenAssembly? restored = null;
        var sent = new List<(AssemblyCommand Command, Actor Actor)>();
        for (var step = 0; step < 1200; step++)
        {
            if (step == 600)
            {
                restored = SnapshotFormat.FromStored(SnapshotFormat.ToStored(driver.Assembly));
                Assert.Equal(ViewJson.AllViews(driver.Assembly, driver.Now), ViewJson.AllViews(restored, driver.Now));
            }

            // Now and then a command sent again (a phone that retries): both must know it as handled.
            var (command, actor) = step > 600 && step % 50 == 0 ? sent[seed * step % sent.Count] : source.Next(driver.State);
            sent.Add((command, actor));
            if (restored is not null)
            {
                var expected = driver.Assembly.Decide(command, actor, driver.Now);
                var actual = restored.Decide(command, actor, driver.Now);
                Assert.Equal((expected.IsAccepted, expected.WasDuplicate, expected.Refusal?.Code), (actual.IsAccepted, actual.WasDuplicate, actual.Refusal?.Code));
                foreach (var recorded in restored.Stamp(actual, command.CommandId, driver.Now))
                {
                    restored.Apply(recorded);
                }
            }

            driver.Send(command, actor);
            driver.Wait(source.NextPause());
        }

        Assert.Equal(ViewJson.AllViews(driver.Assembly, driver.Now), ViewJson.AllViews(restored!, driver.Now));
        Assert.Equal(StateBytes(driver.Assembly), StateBytes(restored!));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void A_random_evening_from_a_snapshot_and_its_stored_tail_equals_its_full_replay(int seed)
    {
        var driver = RandomEvening(seed, steps: 1000);
        var history = driver.History.Select(EventSerializer.ToStored).Select(EventSerializer.FromStored).ToList();
        var replayed = OpenAssembly.FromHistory(history);

        foreach (var cut in new[] { 1, history.Count / 3, history.Count / 2, history.Count - 1, history.Count })
        {
            var fromSnapshot = ThroughSnapshot(history, cut);

            Assert.Equal(ViewJson.AllViews(replayed, driver.Now), ViewJson.AllViews(fromSnapshot, driver.Now));
            Assert.Equal(StateBytes(replayed), StateBytes(fromSnapshot));
        }
    }

    /// <summary>The snapshot after the first <paramref name="cut"/> events, through its stored bytes, then the rest applied.</summary>
    private static OpenAssembly ThroughSnapshot(IReadOnlyList<RecordedEvent> history, int cut)
    {
        var assembly = SnapshotFormat.FromStored(SnapshotFormat.ToStored(OpenAssembly.FromHistory(history.Take(cut))));
        foreach (var recorded in history.Skip(cut))
        {
            assembly.Apply(recorded);
        }

        return assembly;
    }

    /// <summary>The whole state as bytes, the handled commands in a fixed order (a set has none of its own).</summary>
    private static byte[] StateBytes(OpenAssembly assembly)
    {
        var snapshot = SnapshotFormat.Capture(assembly);
        var commands = Enumerable.Range(0, snapshot.HandledCommands.Length / 16)
            .Select(i => snapshot.HandledCommands.AsSpan(i * 16, 16).ToArray())
            .OrderBy(Convert.ToHexString, StringComparer.Ordinal)
            .SelectMany(b => b)
            .ToArray();
        return MessagePackSerializer.Serialize(snapshot with { HandledCommands = commands });
    }

    private static AssemblyDriver RandomEvening(int seed, int steps)
    {
        var source = new RandomCommandSource(seed);
        var driver = new AssemblyDriver(TestTemplates.Full(dots: 3, maxPerTopic: 2, moderate: seed % 2 == 0));
        for (var step = 0; step < steps; step++)
        {
            var (command, actor) = source.Next(driver.State);
            driver.Send(command, actor);
            driver.Wait(source.NextPause());
        }

        return driver;
    }
}
