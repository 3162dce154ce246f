using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using OffeneVersammlung.Bench.Load.Deployment;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Bench.Load;

/// <param name="SnapshotVersion">The snapshot the app loaded from (the newest the grown stream has).</param>
/// <param name="FullReplayFirstOpenMs">The first open again, after a restart with the snapshots removed: the load before issue 20.</param>
/// <param name="WarmedFirstOpenMs">The first open of the grown assembly after a restart in which a small assembly was created and its console opened first: the load without the process's own first-request cost (JIT of admission and views).</param>
/// <param name="EngineSnapshotLoadMs">The engine alone, in this warm process: the newest snapshot and the events after it.</param>
public sealed record RecoveryResult(
    long Events, double StartToHealthMs, double FirstOpenMs, double WarmOpenMs, double EngineReplayMs, long SnapshotVersion, double FullReplayFirstOpenMs, double EngineSnapshotLoadMs, double WarmedFirstOpenMs);

/// <summary>
/// Grows an assembly's stream to the wanted number of events (votes decided by the engine and
/// appended in large transactions while the app is down), restarts the app, and times the first
/// opening of the console (bench/ConsoleHost's <c>/bench/open</c>: admission and the console's first
/// read, as the console page does), which loads the assembly, against a second one on the loaded assembly.
/// The growing writes a snapshot every <see cref="BenchOptions.SnapshotEvery"/> events, as the app's
/// <c>SnapshotWriter</c> does while it takes them; then the app is restarted once more with the snapshots
/// removed, which is the full replay the app did before snapshots.
/// </summary>
public sealed class RecoveryBenchmark(BenchOptions options)
{
    public static async Task<long> StoredVersionAsync(Func<StoreSession> open, Guid assemblyId)
    {
        using var store = open();
        return await store.Events.GetVersionAsync(AssemblyRepository.StreamOf(assemblyId));
    }

    /// <summary>Against the deployment's store (the SQLite file or PostgreSQL), opened by <paramref name="open"/> while the app is down.</summary>
    public async Task<RecoveryResult> MeasureAsync(Func<Task<ServerProcess>> startApp, Func<StoreSession> open, CreatedAnswer created, Guid[] participants, Guid[] topics)
    {
        var (engineReplay, engineSnapshot, snapshotVersion) = await GrowAsync(open, created.AssemblyId, participants, topics);
        double health, first, warm;
        var started = Stopwatch.GetTimestamp();
        await using (var app = await startApp())
        {
            health = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            first = await TimeConsoleOpenAsync(app, created);
            warm = await TimeConsoleOpenAsync(app, created);
        }

        double warmed;
        await using (var app = await startApp())
        {
            await using (var small = await AppAssembly.OpenAsync(app.Address, "Aufwärmen"))
            {
                await TimeConsoleOpenAsync(app, small.Created);
            }

            warmed = await TimeConsoleOpenAsync(app, created);
        }

        using (var store = open())
        {
            await store.Snapshots.DeleteAsync(AssemblyRepository.StreamOf(created.AssemblyId));
        }

        double fullReplay;
        await using (var app = await startApp())
        {
            fullReplay = await TimeConsoleOpenAsync(app, created);
        }

        return new RecoveryResult(await StoredVersionAsync(open, created.AssemblyId), health, first, warm, engineReplay, snapshotVersion, fullReplay, engineSnapshot, warmed);
    }

    private async Task<(double FullReplayMs, double SnapshotLoadMs, long SnapshotVersion)> GrowAsync(Func<StoreSession> open, Guid assemblyId, Guid[] participants, Guid[] topics)
    {
        using (var store = open())
        {
            var repository = new AssemblyRepository(store.Events, store.Snapshots);
            var snapshotAt = 0L;
            var assembly = await repository.LoadAsync(assemblyId) ?? throw new InvalidOperationException("assembly not stored");
            var holds = new bool[participants.Length];
            var batch = new List<RecordedEvent>();
            var now = DateTimeOffset.UtcNow;
            for (var i = 0; assembly.Version < options.RecoveryEvents; i++)
            {
                var p = i % participants.Length;
                var topic = topics[p % topics.Length];
                AssemblyCommand command = holds[p]
                    ? new RemoveDot(Guid.NewGuid(), participants[p], topic)
                    : new CastDot(Guid.NewGuid(), participants[p], topic);
                var decision = assembly.Decide(command, Actor.Participant(participants[p]), now);
                var events = assembly.Stamp(decision, command.CommandId, now);
                foreach (var e in events)
                {
                    assembly.Apply(e);
                }

                batch.AddRange(events);
                holds[p] = !holds[p];
                if (batch.Count >= 5_000 || assembly.Version >= options.RecoveryEvents)
                {
                    await repository.AppendAsync(assemblyId, batch[0].Version - 1, batch);
                    batch.Clear();
                    if (options.SnapshotEvery > 0 && assembly.Version - snapshotAt >= options.SnapshotEvery)
                    {
                        snapshotAt = await repository.WriteSnapshotAsync(assemblyId);
                    }
                }
            }
        }

        // The engine alone, in this already warm process: replay from the store without the host, then from the snapshot.
        using var reader = open();
        var replay = Stopwatch.StartNew();
        _ = await new AssemblyRepository(reader.Events).LoadAsync(assemblyId);
        var replayMs = replay.Elapsed.TotalMilliseconds;
        var fromSnapshot = Stopwatch.StartNew();
        var loaded = await new AssemblyRepository(reader.Events, reader.Snapshots).LoadWithSnapshotAsync(assemblyId);
        return (replayMs, fromSnapshot.Elapsed.TotalMilliseconds, loaded.SnapshotVersion);
    }

    private static async Task<double> TimeConsoleOpenAsync(ServerProcess app, CreatedAnswer created)
    {
        using var http = new HttpClient { BaseAddress = app.Address };
        var started = Stopwatch.GetTimestamp();
        using var answer = await http.PostAsJsonAsync($"bench/open/{created.AssemblyId}", new { secret = created.FacilitatorSecret });
        var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        return answer.IsSuccessStatusCode ? elapsed : throw new InvalidOperationException($"console refused after restart: {(int)answer.StatusCode}");
    }
}
