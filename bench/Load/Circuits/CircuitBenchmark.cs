using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>
/// Server-mode phones: N Blazor circuits on the real app's phone page (<see cref="CircuitPhone"/>,
/// no browser), each resuming a participant that joined once over the hub (as a phone reloaded
/// into server mode), while 20 hub phones vote as in the fan-out. Measured: the app's resident
/// memory before and after the circuits started, its CPU per board push during the window, and the
/// render batches each circuit received.
/// </summary>
public sealed class CircuitBenchmark(BenchOptions options)
{
    private const int Voters = 20;
    private const int Parallel = 16;

    public async Task<CircuitResult> MeasureAsync(ServerProcess app, int circuits)
    {
        await using var assembly = await AppAssembly.OpenAsync(app.Address, $"Circuits {circuits}");
        await assembly.JoinAsync(Voters);
        var devices = await JoinDevicesAsync(app.Address, assembly.Created.JoinCode, circuits);
        await Task.Delay(1000);
        var before = app.ResidentBytes;
        var phones = new CircuitPhone?[circuits];
        var failures = new List<string>();
        using var http = new HttpClient { Timeout = TimeSpan.FromMinutes(2) };
        var page = new Uri(app.Address, $"join/{assembly.Created.JoinCode}?mode=server");
        await Clients.ForEachAsync(circuits, Parallel, async i =>
        {
            try
            {
                phones[i] = await CircuitPhone.StartAsync(http, page, new PhoneStorage(devices[i].AssemblyId, assembly.Created.JoinCode, devices[i].DeviceToken));
            }
            catch (Exception e) when (e is InvalidOperationException or HttpRequestException or TimeoutException or IOException or System.Net.WebSockets.WebSocketException)
            {
                lock (failures)
                {
                    failures.Add(e.Message);
                }
            }
        });
        var started = phones.Where(p => p is not null).Select(p => p!).ToList();
        // Let the circuits resume their participants and render the room before the room is measured.
        await Task.Delay(3000);
        var after = app.ResidentBytes;
        try
        {
            var voters = assembly.Phones.Take(Voters).ToArray();
            Task<Answer> Vote(int v) => voters[v].VoteAsync(assembly.Topics[v % AppAssembly.TopicCount]);
            await VoteStream.RunAsync(voters.Length, Vote, options.VotesPerSecond, options.Warmup);
            await Task.Delay(500);
            voters.ToList().ForEach(p => p.Receipts.Clear());
            var since = Stopwatch.GetTimestamp();
            var cpu = new CpuMeter(app.Id);
            cpu.Start();
            var clock = Stopwatch.StartNew();
            var votes = await VoteStream.RunAsync(voters.Length, Vote, options.VotesPerSecond, options.Duration);
            var window = clock.Elapsed;
            var serverCpu = cpu.Stop();
            await Task.Delay(options.Drain);
            var accepted = votes.Where(v => v.Accepted).ToList();
            var batches = started.Select(p => p.BatchesSince(since)).ToList();
            var lower = new List<double>();
            var upper = new List<double>();
            foreach (var received in batches)
            {
                foreach (var v in accepted)
                {
                    // A circuit's batch carries no version we decode: the first batch after the vote was
                    // sent may be an older push (too early), the first after its answer may be the next (too late).
                    if (received.FirstOrDefault(at => at >= v.SentAt) is var a and > 0)
                    {
                        lower.Add(Latency.Milliseconds(v.SentAt, a));
                    }

                    if (received.FirstOrDefault(at => at >= v.AnsweredAt) is var b and > 0)
                    {
                        upper.Add(Latency.Milliseconds(v.SentAt, b));
                    }
                }
            }

            return new CircuitResult(
                circuits, started.Count, string.Join("; ", failures.Distinct().Take(3)), before, after, votes.Count, accepted.Count, serverCpu, window,
                voters.Average(p => (double)p.Receipts.Count),
                batches.Count == 0 ? 0 : batches.Average(b => (double)b.Count),
                batches.Count(b => b.Count > 0),
                started.Count == 0 ? 0 : started.Average(p => (double)p.BatchBytes),
                Latency.Of(lower),
                Latency.Of(upper));
        }
        finally
        {
            await Task.WhenAll(started.Select(p => p.DisposeAsync().AsTask()));
        }
    }

    /// <summary>Joins <paramref name="count"/> devices over the hub and leaves, keeping what a phone keeps in localStorage.</summary>
    private static async Task<(Guid AssemblyId, string DeviceToken)[]> JoinDevicesAsync(Uri server, string code, int count)
    {
        var devices = new (Guid, string)[count];
        await Clients.ForEachAsync(count, 32, async i =>
        {
            await using var connection = Clients.Build(server);
            await connection.StartAsync();
            var answer = await connection.InvokeAsync<DeviceJoin>("Join", code, $"Kreis {i + 1}", Presence.InRoom, null);
            if (!answer.Accepted || answer.DeviceToken is null || answer.AssemblyId is null)
            {
                throw new InvalidOperationException($"join refused: {answer.Refusal}");
            }

            devices[i] = (answer.AssemblyId.Value, answer.DeviceToken);
        });
        return devices;
    }
}
