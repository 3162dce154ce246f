using System.Diagnostics;
using System.Net.Http.Json;
using OffeneVersammlung.Bench.Load.Deployment;

namespace OffeneVersammlung.Bench.Load.Idle;

/// <summary>
/// Issue 20's memory rows (<c>--only idle</c>): for each N of <c>--idle-sizes</c> a fresh app, <c>--idle-assemblies</c>
/// assemblies set up as the fan-out's (dot voting, the console open), assembly k on node k mod nodes, and N phones
/// joined into them (an equal share each), then left idle: no votes, only SignalR's keep-alive pings (every 15 s each
/// way). Measured: the servers' resident set before the phones and while idle, their memory as the GC sees it before
/// and after a forced full collection (<c>GET /bench/memory</c>, <see cref="ServerMemory"/>), the servers' CPU over the
/// idle window, and the generator processes' CPU and memory. Then the same N connections to the bare hub, the floor
/// SignalR itself costs, while one process can hold them. The phones live in generator processes of their own
/// (<see cref="IdleWorker"/>), at most <see cref="PhonesPerGenerator"/> each, since a process here holds at most
/// 20,000 descriptors.
/// </summary>
public sealed class IdleBenchmark(BenchOptions options, Report report)
{
    /// <summary>Below this machine's limit of 20,000 descriptors per process (the hard limit; root may not raise it here).</summary>
    public const int PhonesPerGenerator = 15_000;

    /// <summary>The bare hub is one process, bound by the same limit.</summary>
    private const int BarePhonesAtMost = 18_000;

    private static readonly TimeSpan Settle = TimeSpan.FromSeconds(10);

    public async Task RunAsync(BenchDeployment deployment)
    {
        // A service office's evening: every assembly opened from the generator's one address, past the per-address limit.
        var extra = new Dictionary<string, string> { ["OffeneVersammlung__AssembliesPerAddressPerHour"] = "1000000" };
        foreach (var phones in options.IdleSizes)
        {
            await using (var app = await deployment.StartNodesAsync(extra))
            {
                report.Idle(await MeasureAppAsync(app, deployment.Description, phones, deployment.StoreProcessIds));
            }

            if (options.IdleBare && phones <= BarePhonesAtMost)
            {
                await using var bare = await ServerProcess.StartAsync(options.BareDll, options.AppPort + 1, options.ServerCores, new Dictionary<string, string>());
                report.Idle(await MeasureAsync("bare", "bare hub", [bare], () => [], phones, 0, [(bare.Address, "-", phones)]));
            }
        }
    }

    private async Task<IdleResult> MeasureAppAsync(AppNodes app, string deployment, int phones, Func<int[]> storeProcesses)
    {
        var count = Math.Clamp(options.IdleAssemblies, 1, phones);
        var assemblies = new AppAssembly[count];
        try
        {
            await Clients.ForEachAsync(count, 8, async k =>
                assemblies[k] = await AppAssembly.OpenAsync(app.Nodes[k % app.Nodes.Count].Address, $"Abend {k + 1}"));
            var plan = assemblies.Select((a, k) => (Server: a.Server, Code: a.Created.JoinCode, Phones: (phones / count) + (k < phones % count ? 1 : 0))).ToList();
            return await MeasureAsync("app", deployment, app.Nodes, storeProcesses, phones, count, plan);
        }
        finally
        {
            foreach (var assembly in assemblies.Where(a => a is not null))
            {
                await assembly.DisposeAsync();
            }
        }
    }

    private async Task<IdleResult> MeasureAsync(
        string target, string deployment, IReadOnlyList<ServerProcess> servers, Func<int[]> storeProcesses, int phones, int assemblies, List<(Uri Server, string Code, int Phones)> plan)
    {
        await Task.Delay(TimeSpan.FromSeconds(2));
        var residentBefore = servers.Sum(s => s.ResidentBytes);
        var before = await MemoryAsync(servers);

        var joining = Stopwatch.StartNew();
        var generators = Split(plan, phones);
        try
        {
            var joined = await Task.WhenAll(generators.Select(g => g.JoinedAsync()));
            var joinedIn = joining.Elapsed;
            Console.WriteLine($"  idle {target} {phones}: {joined.Sum(j => j.Joined)} joined, {joined.Sum(j => j.Failed)} failed in {joinedIn.TotalSeconds:0} s; idle for {options.IdleWindow.TotalSeconds:0} s");
            await Task.Delay(Settle); // the last joins' pushes on their way, the JIT done

            var server = new CpuMeter([.. servers.Select(s => s.Id)]);
            var storeIds = storeProcesses(); // the database's backends now, those of the joins included
            var store = new CpuMeter(storeIds);
            var generator = new CpuMeter([Environment.ProcessId, .. generators.Select(g => g.Id)]);
            server.Start();
            store.Start();
            generator.Start();
            await Task.Delay(options.IdleWindow);
            var serverCpu = server.Stop();
            var storeCpu = store.Stop();
            var generatorCpu = generator.Stop();

            var residentIdle = servers.Sum(s => s.ResidentBytes);
            var generatorResident = generators.Sum(g => g.ResidentBytes) + Environment.WorkingSet;
            var idle = await MemoryAsync(servers);
            var connected = (await Task.WhenAll(generators.Select(g => g.ConnectedAsync()))).Sum();
            return new IdleResult(
                target, deployment, phones, assemblies, generators.Count, connected, joined.Sum(j => j.Failed), joinedIn, residentBefore, residentIdle, before, idle,
                options.IdleWindow, serverCpu, storeIds.Length == 0 ? null : storeCpu, generatorCpu, generatorResident);
        }
        finally
        {
            foreach (var generator in generators)
            {
                await generator.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The plan's phones in consecutive shares of at most <see cref="PhonesPerGenerator"/>, one generator process each,
    /// each with its own loopback source addresses (<c>--source-addresses</c> divided among them, at least one each).
    /// </summary>
    private List<IdleGenerator> Split(List<(Uri Server, string Code, int Phones)> plan, int phones)
    {
        var count = (phones + PhonesPerGenerator - 1) / PhonesPerGenerator;
        var share = (phones + count - 1) / count;
        var addresses = Math.Max(1, options.SourceAddresses / count);
        var shares = Enumerable.Range(0, count).Select(_ => new List<string>()).ToList();
        var (g, room, number) = (0, share, 0);
        foreach (var (server, code, total) in plan)
        {
            var left = total;
            while (left > 0)
            {
                var take = Math.Min(left, room);
                shares[g].Add($"{server}|{code}|{take}|{number}");
                (left, room, number) = (left - take, room - take, number + take);
                if (room == 0 && g < count - 1)
                {
                    (g, room) = (g + 1, share);
                }
            }
        }

        return [.. shares.Select((items, i) => IdleGenerator.Start(1 + (i * addresses), addresses, items))];
    }

    private static async Task<List<ServerMemory>> MemoryAsync(IReadOnlyList<ServerProcess> servers)
    {
        var memory = new List<ServerMemory>();
        foreach (var server in servers)
        {
            using var http = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromMinutes(2) };
            memory.Add((await http.GetFromJsonAsync<ServerMemory>("bench/memory"))!);
        }

        return memory;
    }
}
