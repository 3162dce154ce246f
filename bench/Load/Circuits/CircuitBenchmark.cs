using System.Diagnostics;

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

    public async Task<CircuitResult> MeasureAsync(ServerProcess app, int circuits)
    {
        await using var assembly = await AppAssembly.OpenAsync(app.Address, $"Circuits {circuits}");
        await assembly.JoinAsync(Voters);
        var devices = await CircuitCrowd.JoinDevicesAsync(app.Address, assembly.Created.JoinCode, circuits);
        await Task.Delay(1000);
        var before = app.ResidentBytes;
        await using var crowd = await CircuitCrowd.StartAsync(app.Address, assembly.Created.JoinCode, devices);
        var started = crowd.Phones;
        // Let the circuits resume their participants and render the room before the room is measured.
        await Task.Delay(3000);
        var after = app.ResidentBytes;
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
                // Bounds, as before the phone rendered its version (CircuitFanOutBenchmark times that): the first batch
                // after the vote was sent may be an older push (too early), the first after its answer the next (too late).
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
            circuits, started.Count, crowd.Failure, before, after, votes.Count, accepted.Count, serverCpu, window,
            voters.Average(p => (double)p.Receipts.Count),
            batches.Count == 0 ? 0 : batches.Average(b => (double)b.Count),
            batches.Count(b => b.Count > 0),
            started.Count == 0 ? 0 : started.Average(p => (double)p.BatchBytes),
            Latency.Of(lower),
            Latency.Of(upper));
    }
}
