using System.Diagnostics;
using OffeneVersammlung.Bench.Load;
using OffeneVersammlung.Bench.Load.Circuits;
using OffeneVersammlung.Bench.Load.Deployment;
using OffeneVersammlung.Bench.Load.Idle;

// Runs the benchmarks of bench/README.md against the Release builds (bench/run.sh builds them) and
// prints one table; --out also writes it as Markdown.
if (args is ["--circuit-probe", var probeUrl])
{
    // Diagnostic: one circuit on a server-rendered page (a projector link, a server-mode phone), its render batches.
    using var probeHttp = new HttpClient();
    await using var circuit = await CircuitPhone.StartAsync(probeHttp, new Uri(probeUrl), new NoScript());
    await Task.Delay(3000);
    Console.WriteLine($"circuit started; {circuit.Batches} render batches, {circuit.BatchBytes} bytes; newest data-version {circuit.Shown.Newest}; errors: {string.Join("; ", circuit.Errors)}");
    return;
}

if (args is ["--idle-worker", ..])
{
    // One of the idle benchmark's generator processes (bench/Load/Idle): a process here holds at most 20,000 sockets.
    await IdleWorker.RunAsync(args[1..]);
    return;
}

var options = BenchOptions.Parse(args);
Clients.UseSourceAddresses(options.SourceAddresses);
var report = new Report(options);
var work = Directory.CreateTempSubdirectory("ov-bench-");
await using var deployment = await BenchDeployment.StartAsync(options, work.FullName);
report.Deployment(deployment.Description);

// The app runs as bench/ConsoleHost (the app plus the probe and the in-process set-up): the facilitator
// has no hub methods, so only a process that hosts the console can move an assembly into dot voting.
Task<AppNodes> StartApp() => deployment.StartNodesAsync();

// The durable throughput is the store's, not the per-connection limit's: a closed-loop voter calls
// far more often than the 10 calls a second a phone may make (issue 7's throttle), so it is lifted there.
var unthrottled = new Dictionary<string, string>
{
    ["OffeneVersammlung__InvocationsPerSecond"] = "1000000",
    ["OffeneVersammlung__InvocationBurst"] = "1000000",
};

Console.WriteLine($"{deployment.Description}; server cores: {options.ServerCores}; generator pid {Environment.ProcessId}, affinity {Affinity()}; temp {work.FullName}");

try
{
    if (options.Only.Contains("fanout"))
    {
        var fanOut = new FanOutBenchmark(options);
        await using var bare = await ServerProcess.StartAsync(options.BareDll, options.AppPort + 1, options.ServerCores, new Dictionary<string, string>());
        foreach (var size in options.FanOutSizes)
        {
            // A fresh app per size, so that its memory figure owes nothing to the size before.
            FanOutResult ours;
            await using (var app = await StartApp())
            {
                ours = await fanOut.MeasureAppAsync(app, size, deployment.StoreProcessIds, (before, after) => report.Memory(size, before, after));
            }

            var baseline = options.WithoutBare ? null : await fanOut.MeasureBareAsync(bare, size, fanOut.Board!, ours.PayloadBytes);
            report.FanOut(ours, baseline);
        }
    }

    if (options.Only.Contains("console"))
    {
        foreach (var size in options.ConsoleSizes)
        {
            await using var host = await deployment.StartOnPortAsync(options.AppPort + 2);
            report.Console(await new ConsoleBenchmark(options).MeasureAsync(host, size));
        }
    }

    if (options.Only.Contains("circuits"))
    {
        foreach (var size in options.CircuitSizes)
        {
            await using var app = await StartApp();
            report.Circuits(await new CircuitBenchmark(options).MeasureAsync(app.First, size));
        }
    }

    if (options.Only.Contains("circuit-fanout"))
    {
        // Issue 12's ratio for server-mode phones: the same change through the bare hub, at the same N, after the app stopped.
        var fanOut = new FanOutBenchmark(options);
        await using var bare = await ServerProcess.StartAsync(options.BareDll, options.AppPort + 1, options.ServerCores, new Dictionary<string, string>());
        foreach (var size in options.CircuitSizes)
        {
            var circuitFanOut = new CircuitFanOutBenchmark(options);
            CircuitFanOutResult ours;
            await using (var app = await StartApp())
            {
                ours = await circuitFanOut.MeasureAsync(app.First, size);
            }

            report.CircuitFanOut(ours with { Bare = await fanOut.MeasureBareAsync(bare, size, circuitFanOut.Board!, circuitFanOut.BoardBytes) });
        }
    }

    if (options.Only.Contains("wall"))
    {
        foreach (var withConsole in new[] { true, false })
        {
            await using var app = await StartApp();
            report.Wall(await new WallBenchmark(options).MeasureAsync(app.First, withConsole));
        }
    }

    if (options.Only.Contains("assemblies"))
    {
        // A service office's evening: every assembly opened from the generator's one address, past the per-address limit.
        await using var app = await deployment.StartNodesAsync(new Dictionary<string, string> { ["OffeneVersammlung__AssembliesPerAddressPerHour"] = "1000000" });
        report.Assemblies(await new AssembliesBenchmark(options).MeasureAsync(app, deployment.Description, deployment.StoreProcessIds));
    }

    if (options.Only.Contains("idle"))
    {
        await new IdleBenchmark(options, report).RunAsync(deployment);
    }

    if (options.Only.Contains("throughput") || options.Only.Contains("recovery"))
    {
        var app = await deployment.StartNodesAsync(unthrottled);
        var run = await new ThroughputBenchmark(options).MeasureAsync(app, deployment.StoreProcessIds);
        await app.DisposeAsync(); // SIGKILL, as a crash: what was acknowledged must be in the store
        report.Throughput(run.Levels, run.HighestAcknowledged, await RecoveryBenchmark.StoredVersionAsync(deployment.OpenStore, run.Created.AssemblyId));
        if (options.Only.Contains("recovery"))
        {
            // One node: the recovery is one process loading one assembly from the store.
            async Task<ServerProcess> StartOneNode() => (await deployment.StartNodesAsync(count: 1)).First;
            report.Recovery(await new RecoveryBenchmark(options).MeasureAsync(StartOneNode, deployment.OpenStore, run.Created, run.Participants, run.Topics));
        }
    }
}
finally
{
    report.Print();
    work.Delete(recursive: true);
}

static string Affinity()
{
    var line = File.ReadLines($"/proc/{Environment.ProcessId}/status").FirstOrDefault(l => l.StartsWith("Cpus_allowed_list", StringComparison.Ordinal));
    return line?.Split(':')[1].Trim() ?? "?";
}
