using System.Diagnostics;
using Microsoft.AspNetCore.SignalR.Client;
using OffeneVersammlung.Bench.Load.Deployment;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Bench.Load;

/// <summary>
/// Votes at a steady rate while N clients listen; measures the voter's acknowledgement and, at every
/// client, the time from the vote to the first board that includes it. The same N and the same
/// board (its version set per vote) then go through the bare hub. With several nodes the phones (and so the 20
/// voters) alternate over them; the assembly is set up, and its console followed, on the first. The 20 voters are
/// full SignalR clients, every other phone a <see cref="WirePhone"/> that only listens (unless <see cref="BenchOptions.FullListeners"/>), for the
/// app and the bare hub alike.
/// </summary>
public sealed class FanOutBenchmark(BenchOptions options)
{
    private const int Voters = 20;
    private static readonly TimeSpan SettleLimit = TimeSpan.FromSeconds(120);

    /// <summary>The board the app pushed, for the bare hub to send in the same shape and size.</summary>
    public PublicBoard? Board { get; private set; }

    public async Task<FanOutResult> MeasureAppAsync(AppNodes app, int clients, Func<int[]> storeProcesses, Action<long, long>? memory = null)
    {
        await using var assembly = await AppAssembly.OpenAsync(app.First.Address, $"Fan-out {clients}", phoneServers: app.Addresses);
        if (options.WithoutConsole)
        {
            await assembly.CloseConsoleAsync();
        }

        var before = app.ResidentBytes;
        await assembly.JoinAsync(options.FullListeners ? clients : Math.Min(Voters, clients));
        await assembly.JoinListenersAsync(clients - assembly.Phones.Count);
        var sinceLastJoin = Stopwatch.StartNew();
        (Board, var payload) = await assembly.BoardAsync();
        var listeners = assembly.Phones.Select(p => p.Receipts).Concat(assembly.Listeners.Select(l => l.Receipts!)).ToList();
        var settled = await SettleAsync(listeners, Board.Version, sinceLastJoin);
        var voters = assembly.Phones.Take(Math.Min(Voters, clients)).ToArray();
        var result = await MeasureAsync(
            "app", clients, payload, app.ProcessIds, storeProcesses(), listeners, voters.Length,
            v => voters[v].VoteAsync(assembly.Topics[v % AppAssembly.TopicCount]));
        memory?.Invoke(before, app.ResidentBytes);
        return result with { Settled = settled, Deltas = await EstimateDeltasAsync(assembly, voters) };
    }

    /// <summary>
    /// Decision 0023's alternative (b), estimated rather than built: real boards of this room read before and after
    /// one vote and before and after ten (what a phone paced at two a second sees between boards at 20 votes/s),
    /// five times each, and the delta between them serialised as a phone would get it.
    /// </summary>
    private static async Task<DeltaSizes> EstimateDeltasAsync(AppAssembly assembly, Phone[] voters)
    {
        var (one, ten) = (new List<int>(), new List<int>());
        var members = new SortedSet<string>(StringComparer.Ordinal);
        var reader = assembly.Phones[^1];
        for (var sample = 0; sample < 5; sample++)
        {
            foreach (var (votes, sizes) in new[] { (1, one), (10, ten) })
            {
                // Ten voters at once, as a busy room's votes come: a loaded server answers each in a second or more.
                var before = await BoardOfAsync(reader);
                await Task.WhenAll(Enumerable.Range(0, votes).Select(v => voters[v % voters.Length].VoteAsync(assembly.Topics[v % AppAssembly.TopicCount])));
                var (bytes, changed) = DeltaEstimate.Of(before, await BoardOfAsync(reader));
                sizes.Add(bytes);
                members.UnionWith(changed);
            }
        }

        one.Sort();
        ten.Sort();
        return new DeltaSizes(one[one.Count / 2], one[^1], ten[ten.Count / 2], ten[^1], string.Join(", ", members));
    }

    private static async Task<PublicBoard> BoardOfAsync(Phone phone) =>
        (await phone.Connection.InvokeAsync<PhoneSnapshot>("GetSnapshot")).Participant!.Board!;

    /// <summary>
    /// After the last join: the time until every phone holds the board of the full room. The room
    /// filling is its own figure; the fan-out that follows measures votes in a room that has settled,
    /// as the bare hub's clients, which only connect, always are.
    /// </summary>
    public static async Task<TimeSpan> SettleAsync(List<Receipts> phones, long version, Stopwatch clock)
    {
        while (phones.Any(p => p.Newest < version) && clock.Elapsed < SettleLimit)
        {
            await Task.Delay(20);
        }

        return clock.Elapsed;
    }

    public async Task<FanOutResult> MeasureBareAsync(ServerProcess bare, int clients, PublicBoard board, int payload)
    {
        var receipts = Enumerable.Range(0, clients).Select(_ => new Receipts()).ToList();
        var full = options.FullListeners ? clients : Math.Min(Voters, clients);
        var connections = new HubConnection[full];
        var lean = new WirePhone[clients - full];
        await Clients.ForEachAsync(full, 32, async i => connections[i] = await Clients.ListeningAsync(bare.Address, receipts[i]));
        await Clients.ForEachAsync(lean.Length, 32, async i => lean[i] = await WirePhone.ConnectAsync(bare.Address, receipts[full + i]));
        using var listening = new CancellationTokenSource();
        var keepingAlive = WirePhone.KeepAliveAsync(lean, listening.Token);
        try
        {
            await connections[0].InvokeAsync("SetBoard", board);
            long sequence = 0;
            return await MeasureAsync("bare", clients, payload, [bare.Id], [], receipts, Math.Min(Voters, clients), async v =>
            {
                var version = await connections[v].InvokeAsync<long>("Vote", Interlocked.Increment(ref sequence));
                return new Answer { Accepted = true, Version = version };
            });
        }
        finally
        {
            await listening.CancelAsync();
            await keepingAlive;
            await Clients.DisposeAllAsync(connections);
            await Task.WhenAll(lean.Select(l => l.DisposeAsync().AsTask()));
        }
    }

    private async Task<FanOutResult> MeasureAsync(
        string target, int clients, int payload, int[] serverProcesses, int[] storeProcesses, List<Receipts> listeners, int voters, Func<int, Task<Answer>> vote)
    {
        // Warm up (JIT, pools, tiered compilation) with the same stream, then measure afresh.
        await VoteStream.RunAsync(voters, vote, options.VotesPerSecond, options.Warmup);
        await Task.Delay(500);
        listeners.ForEach(r => r.Clear());

        var server = new CpuMeter(serverProcesses);
        var store = new CpuMeter(storeProcesses);
        var generator = CpuMeter.Self();
        server.Start();
        store.Start();
        generator.Start();
        var (bytesBefore, startedAt) = (Clients.ReceivedBytes, Stopwatch.GetTimestamp());
        var votes = await VoteStream.RunAsync(voters, vote, options.VotesPerSecond, options.Duration);
        var serverCpu = server.Stop();
        var storeCpu = store.Stop();
        var generatorCpu = generator.Stop();
        var (bytes, seconds) = (Clients.ReceivedBytes - bytesBefore, Stopwatch.GetElapsedTime(startedAt).TotalSeconds);
        await Task.Delay(options.Drain); // pushes still on their way

        var accepted = votes.Where(v => v.Accepted).ToList();
        var acknowledged = Latency.Of(accepted.Select(v => Latency.Milliseconds(v.SentAt, v.AnsweredAt)).ToList());
        var (delta, missing) = Deliveries.Of(listeners, accepted);
        var boards = listeners.Sum(r => (long)r.Count) / (double)listeners.Count;
        return new FanOutResult(
            target, clients, payload, votes.Count, votes.Count - accepted.Count, acknowledged, delta, missing, serverCpu, generatorCpu, boards,
            StoreCpuPercent: storeProcesses.Length == 0 ? null : storeCpu, BytesPerClientPerSecond: bytes / seconds / listeners.Count, Seconds: seconds);
    }
}
