using System.Diagnostics;
using OffeneVersammlung.Bench.Load.Deployment;

namespace OffeneVersammlung.Bench.Load;

/// <summary>The levels, and what the recovery step needs of the assembly they voted in.</summary>
public sealed record ThroughputRun(List<ThroughputLevel> Levels, CreatedAnswer Created, long HighestAcknowledged, Guid[] Participants, Guid[] Topics);

/// <summary>Accepted votes per second at one level of concurrent voters.</summary>
public sealed record ThroughputLevel(int Voting, int Clients, double VotesPerSecond, Latency Acknowledged, double ServerCpuPercent, double GeneratorCpuPercent, double? StoreCpuPercent, int Refused);

/// <summary>
/// All phones joined and listening; at each level that many of them vote as fast as their answers
/// come back (cast, remove, cast …). The phones are <see cref="WirePhone"/>s: the server sees what a HubConnection
/// sends, and the generator's own cost per vote stays well below the server's. An answer means the vote is in the SQLite file (synchronous=FULL), or committed
/// in PostgreSQL (WAL flushed). With several nodes the phones alternate over them, so every level above one voter
/// sends commands for the one assembly to both: the store decides who was first (decision 0021).
/// </summary>
public sealed class ThroughputBenchmark(BenchOptions options)
{
    public async Task<ThroughputRun> MeasureAsync(AppNodes app, Func<int[]> storeProcesses)
    {
        await using var assembly = await AppAssembly.OpenAsync(app.First.Address, "Durchsatz", phoneServers: app.Addresses);
        var phones = new WirePhone[options.ThroughputClients];
        await Clients.ForEachAsync(phones.Length, 32, async i =>
            phones[i] = await WirePhone.JoinAsync(app.Addresses[i % app.Addresses.Length], assembly.Created.JoinCode, $"Nachbar {i + 1}"));
        using var idle = new CancellationTokenSource();
        var pinging = WirePhone.KeepAliveAsync(phones, idle.Token);
        try
        {
            return await MeasureAsync(app, storeProcesses, assembly, phones);
        }
        finally
        {
            await idle.CancelAsync();
            await pinging;
            await Task.WhenAll(phones.Select(p => p.DisposeAsync().AsTask()));
        }
    }

    private async Task<ThroughputRun> MeasureAsync(AppNodes app, Func<int[]> storeProcesses, AppAssembly assembly, WirePhone[] phones)
    {
        // As in the fan-out: past the JIT's work after the join before anything is measured.
        await RunLevelAsync(app, storeProcesses, phones, assembly.Topics, Math.Min(16, options.ThroughputClients), options.Warmup);
        var levels = new List<ThroughputLevel>();
        long highest = 0;
        foreach (var voting in options.ThroughputLevels.Where(l => l <= options.ThroughputClients))
        {
            var (level, top) = await RunLevelAsync(app, storeProcesses, phones, assembly.Topics, voting, options.ThroughputDuration);
            highest = Math.Max(highest, top);
            levels.Add(level);
            Console.WriteLine($"  throughput: {voting} voting of {options.ThroughputClients}: {level.VotesPerSecond:0} votes/s, ack p99 {level.Acknowledged.P99:0.0} ms, server CPU {level.ServerCpuPercent:0}%, store {level.StoreCpuPercent:0}%, refused {level.Refused}");
        }

        return new ThroughputRun(levels, assembly.Created, highest, [.. phones.Select(p => p.ParticipantId)], assembly.Topics);
    }

    private async Task<(ThroughputLevel, long)> RunLevelAsync(AppNodes app, Func<int[]> storeProcesses, WirePhone[] phones, Guid[] topics, int voting, TimeSpan duration)
    {
        var latencies = new List<double>[voting];
        var highest = new long[voting];
        var refused = new int[voting];
        var storeIds = storeProcesses();
        var server = new CpuMeter(app.ProcessIds);
        var store = new CpuMeter(storeIds);
        var generator = CpuMeter.Self();
        using var stop = new CancellationTokenSource(duration);
        server.Start();
        store.Start();
        generator.Start();
        var started = Stopwatch.GetTimestamp();
        await Task.WhenAll(Enumerable.Range(0, voting).Select(async v =>
        {
            latencies[v] = [];
            var phone = phones[v];
            var topic = topics[v % topics.Length];
            while (!stop.IsCancellationRequested)
            {
                var sent = Stopwatch.GetTimestamp();
                Answer answer;
                try
                {
                    answer = await phone.VoteAsync(topic);
                }
                catch (Exception e) when (e is not OutOfMemoryException)
                {
                    Console.Error.WriteLine($"  voter {v} stopped: {e.GetType().Name}: {e.Message}");
                    return;
                }

                if (answer.Accepted)
                {
                    latencies[v].Add(Latency.Milliseconds(sent, Stopwatch.GetTimestamp()));
                    highest[v] = Math.Max(highest[v], answer.Version);
                }
                else
                {
                    refused[v]++;
                }
            }
        }));
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var level = new ThroughputLevel(
            voting,
            options.ThroughputClients,
            latencies.Sum(l => l.Count) / seconds,
            Latency.Of([.. latencies.SelectMany(l => l)]),
            server.Stop(),
            generator.Stop(),
            storeIds.Length == 0 ? null : store.Stop(),
            refused.Sum());
        await Task.Delay(options.Drain);
        return (level, highest.Max());
    }
}
