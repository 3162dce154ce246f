using System.Diagnostics;
using System.Net.Http.Json;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>
/// Issue 12's fan-out row for server-mode phones: what a large room pushes to every phone. N circuits
/// (<see cref="CircuitCrowd"/>) in the topic collection while the 20 hub phones of the fan-out bring topics at its
/// rate, each a new card on every phone's board, timed from its send to the first render batch at every circuit
/// that carries its version or a newer one (exact: the phone renders the board's version, <see cref="BatchVersion"/>).
/// Then one change at a time, each timed until every circuit showed it: the move to clustering, the move to dot
/// voting, the voters' dots (which no phone shows before the reveal: the batches they caused are counted), the
/// reveal, the move to the results. The bare hub's side of the ratio is <see cref="FanOutBenchmark.MeasureBareAsync"/>
/// with <see cref="Board"/>, run after the app stopped.
/// </summary>
public sealed class CircuitFanOutBenchmark(BenchOptions options)
{
    private const int Voters = 20;
    private static readonly TimeSpan ShowLimit = TimeSpan.FromSeconds(90);

    /// <summary>The room's board as the measured window began, for the bare hub to send in the same shape and size.</summary>
    public PublicBoard? Board { get; private set; }

    public int BoardBytes { get; private set; }

    public async Task<CircuitFanOutResult> MeasureAsync(ServerProcess app, int circuits)
    {
        await using var assembly = await AppAssembly.OpenAsync(app.Address, $"Circuit fan-out {circuits}", Phase.TopicCollection);
        await assembly.JoinAsync(Voters);
        var devices = await CircuitCrowd.JoinDevicesAsync(app.Address, assembly.Created.JoinCode, circuits);
        Console.Error.WriteLine($"  circuit fan-out {circuits}: devices joined, starting circuits");
        await using var crowd = await CircuitCrowd.StartAsync(app.Address, assembly.Created.JoinCode, devices);
        var phones = crowd.Phones;
        await Task.Delay(3000); // the circuits resume their participants and render the room
        var voters = assembly.Phones.Take(Voters).ToArray();
        var topics = 0;
        Task<Answer> Topic(int v) => voters[v].SubmitTopicAsync($"Thema {Interlocked.Increment(ref topics)} von nebenan: Licht, Bänke und Schatten am Platz");

        await VoteStream.RunAsync(voters.Length, Topic, options.VotesPerSecond, options.Warmup);
        await Task.Delay(500);
        (Board, BoardBytes) = await assembly.BoardAsync();
        phones.ForEach(p => p.Shown.Clear());
        voters.ToList().ForEach(p => p.Receipts.Clear());
        var server = new CpuMeter(app.Id);
        var generator = CpuMeter.Self();
        var since = Stopwatch.GetTimestamp();
        server.Start();
        generator.Start();
        var clock = Stopwatch.StartNew();
        var sent = await VoteStream.RunAsync(voters.Length, Topic, options.VotesPerSecond, options.Duration);
        var window = clock.Elapsed;
        var serverCpu = server.Stop();
        var generatorCpu = generator.Stop();
        var until = Stopwatch.GetTimestamp();
        var accepted = sent.Where(s => s.Accepted).ToList();
        await WaitUntilShownAsync(phones, accepted.Select(s => s.Version).DefaultIfEmpty(0).Max());
        await Task.Delay(options.Drain);
        var (toCircuit, missing) = Deliveries.Of(phones.Select(p => p.Shown), accepted);
        var (toHubPhone, _) = Deliveries.Of(voters.Select(p => p.Receipts), accepted);
        var inWindow = phones.Select(p => p.Between(since, until)).ToList();
        var onBoard = (await assembly.BoardAsync()).Board.Topics.Count;
        // Said at once: the single changes after it can overload a large room and end the run.
        Console.Error.WriteLine($"  topics: {accepted.Count}/{sent.Count}, {onBoard} cards; topic → circuit {toCircuit.Cells} ms, missed {missing}; server CPU {serverCpu:0}%, generator {generatorCpu:0}%");

        using var http = new HttpClient { BaseAddress = app.Address, Timeout = TimeSpan.FromMinutes(2) };
        async Task<long> Facilitator(string action)
        {
            using var response = await http.PostAsync($"bench/{action}/{assembly.Created.AssemblyId}", null);
            return response.IsSuccessStatusCode
                ? await response.Content.ReadFromJsonAsync<long>()
                : throw new InvalidOperationException($"{action} refused: {await response.Content.ReadAsStringAsync()}");
        }

        var changes = new List<CircuitChange>
        {
            await ChangeAsync(app, phones, "phase: topics → clustering", () => Facilitator("advance")),
            await ChangeAsync(app, phones, "phase: clustering → dot voting", () => Facilitator("advance")),
        };
        var votesFrom = Stopwatch.GetTimestamp();
        foreach (var (voter, i) in voters.Select((v, i) => (v, i)))
        {
            try
            {
                await voter.VoteAsync(assembly.Topics[i % AppAssembly.TopicCount]);
            }
            catch (InvalidOperationException e)
            {
                Console.Error.WriteLine($"  a voter's dot failed ({e.Message}): its connection is gone");
            }
        }

        await Task.Delay(2000);
        var whileOthersVoted = phones.Average(p => (double)p.Between(votesFrom, Stopwatch.GetTimestamp()).Batches);
        changes.Add(await ChangeAsync(app, phones, "reveal", () => Facilitator("reveal")));
        changes.Add(await ChangeAsync(app, phones, "phase: dot voting → results", () => Facilitator("advance")));

        return new CircuitFanOutResult(
            circuits, phones.Count, crowd.Failure, sent.Count, accepted.Count, onBoard, BoardBytes, serverCpu, generatorCpu, window,
            inWindow.Count == 0 ? 0 : inWindow.Average(b => (double)b.Batches),
            inWindow.Count == 0 ? 0 : inWindow.Average(b => (double)b.Bytes),
            toCircuit, missing, toHubPhone, changes, whileOthersVoted,
            string.Join("; ", phones.SelectMany(p => p.Errors).Distinct().Take(3)));
    }

    /// <summary>One change on its own: from its send until every circuit's first batch carrying its version, the bytes that took, the server's CPU until the last circuit showed it.</summary>
    private static async Task<CircuitChange> ChangeAsync(ServerProcess app, List<CircuitPhone> phones, string name, Func<Task<long>> change)
    {
        phones.ForEach(p => p.Shown.Clear());
        var server = new CpuMeter(app.Id);
        server.Start();
        var clock = Stopwatch.StartNew();
        var sentAt = Stopwatch.GetTimestamp();
        var version = await change();
        await WaitUntilShownAsync(phones, version);
        var cpuMs = server.Stop() / 100 * clock.Elapsed.TotalMilliseconds;
        await Task.Delay(1000); // what the circuits send after it (their next batches), before the next change
        var shown = phones.Select(p => p.Shown.FirstAtOrAfter(version)).ToList();
        var latencies = shown.Where(at => at is not null).Select(at => Latency.Milliseconds(sentAt, at!.Value)).ToList();
        var bytes = phones.Count == 0 ? 0 : phones.Average(p => (double)p.Between(sentAt, Stopwatch.GetTimestamp()).Bytes);
        Console.Error.WriteLine($"  {name}: version {version}, shown at {latencies.Count}/{phones.Count} circuits");
        return new CircuitChange(name, version, Latency.Of(latencies), shown.Count(at => at is null), bytes, cpuMs);
    }

    private static async Task WaitUntilShownAsync(List<CircuitPhone> phones, long version)
    {
        var clock = Stopwatch.StartNew();
        while (phones.Any(p => p.Shown.Newest < version) && clock.Elapsed < ShowLimit)
        {
            await Task.Delay(10);
        }
    }
}
