using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.AspNetCore.SignalR.Client;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Bench.Load;

public sealed record RecoveryResult(long Events, double StartToHealthMs, double FirstOpenMs, double WarmOpenMs, double EngineReplayMs);

/// <summary>
/// Grows an assembly's stream to the wanted number of events (votes decided by the engine and
/// appended in large transactions while the app is down), restarts the app, and times the first
/// opening of the console (bench/ConsoleHost's <c>/bench/open</c>: admission and the console's first
/// read, as the console page does), which loads the assembly, against a second one on the loaded assembly.
/// </summary>
public sealed class RecoveryBenchmark(BenchOptions options)
{
    public static async Task<long> StoredVersionAsync(string database, Guid assemblyId)
    {
        using var store = new SqliteEventStore(database);
        return await store.GetVersionAsync(AssemblyRepository.StreamOf(assemblyId));
    }

    public async Task<RecoveryResult> MeasureAsync(Func<Task<ServerProcess>> startApp, string database, CreatedAnswer created, Guid[] participants, Guid[] topics)
    {
        var engineReplay = await GrowAsync(database, created.AssemblyId, participants, topics);
        var started = Stopwatch.GetTimestamp();
        await using var app = await startApp();
        var health = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
        var first = await TimeConsoleOpenAsync(app, created);
        var warm = await TimeConsoleOpenAsync(app, created);
        return new RecoveryResult(await StoredVersionAsync(database, created.AssemblyId), health, first, warm, engineReplay);
    }

    private async Task<double> GrowAsync(string database, Guid assemblyId, Guid[] participants, Guid[] topics)
    {
        using (var store = new SqliteEventStore(database))
        {
            var repository = new AssemblyRepository(store);
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
                }
            }
        }

        // The engine alone, in this already warm process: replay from SQLite without the host.
        using var reader = new SqliteEventStore(database);
        var replay = Stopwatch.StartNew();
        _ = await new AssemblyRepository(reader).LoadAsync(assemblyId);
        return replay.Elapsed.TotalMilliseconds;
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
