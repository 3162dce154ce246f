using System.Diagnostics;
using OffeneVersammlung.Bench.Load.Deployment;

namespace OffeneVersammlung.Bench.Load;

/// <summary>
/// Many assemblies on one deployment at once (issue 20: 100 assemblies × 40 phones): each created, set up and
/// followed by its console on one node (assembly k on node k mod nodes) and joined there by its phones, as a room
/// whose people come in through one address. Then every assembly votes at its share of the rate (open loop,
/// 4 voters each, the assemblies' streams started evenly spread over one second so that the votes are not all
/// sent in the same instant), and each vote is timed to the first board carrying it at every phone of its own
/// assembly. The figure is the spread of the assemblies' p99: a starving assembly shows at the top.
/// </summary>
public sealed class AssembliesBenchmark(BenchOptions options)
{
    private const int VotersEach = 4;

    public async Task<AssembliesResult> MeasureAsync(AppNodes app, string deployment, Func<int[]> storeProcesses)
    {
        var assemblies = new AppAssembly[options.Assemblies];
        var joining = Stopwatch.StartNew();
        try
        {
            // Eight assemblies fill at once, four phones each at a time: 32 joins in flight, as the fan-out's room fills.
            await Clients.ForEachAsync(assemblies.Length, 8, async k =>
            {
                var node = app.Nodes[k % app.Nodes.Count].Address;
                assemblies[k] = await AppAssembly.OpenAsync(node, $"Versammlung {k + 1}");
                await assemblies[k].JoinAsync(options.PhonesPerAssembly, parallel: 4);
            });
            var joined = joining.Elapsed;
            Console.WriteLine($"  assemblies: {assemblies.Length} × {options.PhonesPerAssembly} phones joined in {joined.TotalSeconds:0.0} s");

            var settling = Stopwatch.StartNew();
            foreach (var assembly in assemblies)
            {
                var (board, _) = await assembly.BoardAsync();
                await FanOutBenchmark.SettleAsync([.. assembly.Phones.Select(p => p.Receipts)], board.Version, settling);
            }

            var settled = settling.Elapsed;
            var perAssembly = options.AssembliesRate / assemblies.Length;
            await VoteAllAsync(assemblies, perAssembly, options.Warmup);
            await Task.Delay(500);
            foreach (var phone in assemblies.SelectMany(a => a.Phones))
            {
                phone.Receipts.Clear();
            }

            var server = new CpuMeter(app.ProcessIds);
            var storeIds = storeProcesses();
            var store = new CpuMeter(storeIds);
            var generator = CpuMeter.Self();
            server.Start();
            store.Start();
            generator.Start();
            var votes = await VoteAllAsync(assemblies, perAssembly, options.Duration);
            var serverCpu = server.Stop();
            var storeCpu = store.Stop();
            var generatorCpu = generator.Stop();
            await Task.Delay(options.Drain);

            var results = assemblies.Select((a, k) => Measure(k % app.Nodes.Count, a, votes[k])).ToList();
            var acknowledged = Latency.Of([.. votes.SelectMany(v => v).Where(v => v.Accepted).Select(v => Latency.Milliseconds(v.SentAt, v.AnsweredAt))]);
            return new AssembliesResult(
                deployment, app.Nodes.Count, options.PhonesPerAssembly, options.AssembliesRate, joined, settled, results, acknowledged,
                serverCpu, storeIds.Length == 0 ? null : storeCpu, generatorCpu, app.ResidentBytes);
        }
        finally
        {
            foreach (var assembly in assemblies.Where(a => a is not null))
            {
                await assembly.DisposeAsync();
            }
        }
    }

    private static async Task<List<SentVote>[]> VoteAllAsync(AppAssembly[] assemblies, double perSecond, TimeSpan duration) =>
        await Task.WhenAll(assemblies.Select(async (assembly, k) =>
        {
            await Task.Delay(TimeSpan.FromSeconds((double)k / assemblies.Length));
            var voters = assembly.Phones.Take(VotersEach).ToArray();
            return await VoteStream.RunAsync(voters.Length, v => voters[v].VoteAsync(assembly.Topics[v % AppAssembly.TopicCount]), perSecond, duration);
        }));

    private static AssemblyLatency Measure(int node, AppAssembly assembly, List<SentVote> votes)
    {
        var accepted = votes.Where(v => v.Accepted).ToList();
        var (delta, missing) = Deliveries.Of(assembly.Phones.Select(p => p.Receipts), accepted);
        return new AssemblyLatency(node, votes.Count, votes.Count - accepted.Count, Latency.Of([.. accepted.Select(v => Latency.Milliseconds(v.SentAt, v.AnsweredAt))]), delta, missing);
    }
}
