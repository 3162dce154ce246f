using System.Globalization;
using System.Text;

namespace OffeneVersammlung.Bench.Load;

/// <summary>Collects the figures and prints them as Markdown tables (also written to --out).</summary>
public sealed class Report(BenchOptions options)
{
    private readonly List<(FanOutResult Ours, FanOutResult? Bare)> _fanOut = [];
    private readonly List<(int Clients, long Before, long After)> _memory = [];
    private readonly List<ConsoleResult> _console = [];
    private readonly List<Circuits.CircuitResult> _circuits = [];
    private readonly List<Circuits.CircuitFanOutResult> _circuitFanOut = [];
    private readonly List<Circuits.WallResult> _wall = [];
    private List<ThroughputLevel>? _throughput;
    private (long Acknowledged, long Stored) _durable;
    private readonly string _loadBefore = LoadAverage();
    private RecoveryResult? _recovery;
    private readonly List<AssembliesResult> _assemblies = [];
    private readonly List<Idle.IdleResult> _idle = [];
    private string _deployment = "SQLite file, 1 node";

    public void Deployment(string description) => _deployment = description;

    public void Assemblies(AssembliesResult result)
    {
        _assemblies.Add(result);
        var p99 = result.PerAssembly.Select(a => a.Delta.P99).Order().ToList();
        System.Console.WriteLine($"  assemblies: {result.PerAssembly.Count} × {result.PhonesPerAssembly}: per-assembly vote → board p99 min {p99[0]:0} ms, median {Percentile(p99, 0.5):0} ms, max {p99[^1]:0} ms; server CPU {result.ServerCpuPercent:0}%, generator {result.GeneratorCpuPercent:0}%");
    }

    /// <summary>Nearest rank, as <see cref="Latency"/>.</summary>
    private static double Percentile(List<double> sorted, double p) =>
        sorted.Count == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Count) - 1, 0, sorted.Count - 1)];

    /// <summary>Each node's median of its assemblies' p99, to tell one slow node from slow assemblies everywhere.</summary>
    private static string PerNode(AssembliesResult r) => string.Join(", ", r.PerAssembly.GroupBy(a => a.Node).OrderBy(g => g.Key).Select(g =>
        string.Create(CultureInfo.InvariantCulture, $"{(char)('A' + g.Key)} {Percentile([.. g.Select(a => a.Delta.P99).Order()], 0.5):0}")));

    private static string StoreCpu(double? percent) => percent is { } p ? string.Create(CultureInfo.InvariantCulture, $"{p:0}%") : "–";

    /// <summary>One size's fan-out; <paramref name="bare"/> is null with <c>--without-bare</c>.</summary>
    public void FanOut(FanOutResult ours, FanOutResult? bare)
    {
        _fanOut.Add((ours, bare));
        System.Console.WriteLine($"  fan-out {ours.Clients}: every phone had the full room's board {ours.Settled?.TotalMilliseconds:0} ms after the last join; delta p99 app {ours.Delta.P99:0.0} ms, bare {bare?.Delta.P99:0.0} ms; ack p99 app {ours.Acknowledged.P99:0.0} ms, bare {bare?.Acknowledged.P99:0.0} ms; {ours.BytesPerClientPerSecond / 1024:0.0} KiB and {ours.BoardsPerClientPerSecond:0.0} boards per phone per s; server CPU {ours.ServerCpuPercent:0}%, generator {ours.GeneratorCpuPercent:0}% (load {LoadAverage()})");
    }

    public void Console(ConsoleResult result)
    {
        _console.Add(result);
        System.Console.WriteLine($"  console {result.Clients}: vote to in-process console p99 {result.VoteToConsole.P99:0.0} ms; view holds p99 room {result.RoomHold.P99:0.00} ms, console {result.ConsoleHold.P99:0.00} ms");
    }

    public void Circuits(Circuits.CircuitResult result)
    {
        _circuits.Add(result);
        System.Console.WriteLine($"  circuits {result.Circuits}: {result.Started} started, {result.CircuitsWithBatches} received render batches while voting; {result.KiBPerCircuit:0.0} KiB each; server CPU per push {result.CpuPerPushMs:0.00} ms{(result.Failure.Length > 0 ? "; failures: " + result.Failure : "")}");
    }

    public void CircuitFanOut(Circuits.CircuitFanOutResult result)
    {
        _circuitFanOut.Add(result);
        System.Console.WriteLine($"  circuit fan-out {result.Circuits}: {result.Started} started; topic → batch p99 {result.TopicToCircuit.P99:0.0} ms, bare hub p99 {result.Bare?.Delta.P99:0.0} ms, ratio {result.Ratio:0.00}; {string.Join(", ", result.Changes.Select(c => $"{c.Name} p99 {c.Shown.P99:0} ms"))}{(result.Failure.Length > 0 ? "; failures: " + result.Failure : "")}{(result.Errors.Length > 0 ? "; errors: " + result.Errors : "")}");
    }

    public void Wall(Circuits.WallResult result)
    {
        _wall.Add(result);
        System.Console.WriteLine($"  wall {(result.WithConsole ? "with the console" : "without a console")}: {result.Accepted}/{result.Updates} moves, CPU per update {result.CpuPerUpdateMs:0.00} ms, {result.Batches} batches of {result.BytesPerBatch:0} bytes{(result.Failure.Length > 0 ? "; errors: " + result.Failure : "")}");
    }

    public void Idle(Idle.IdleResult result)
    {
        _idle.Add(result);
        System.Console.WriteLine($"  idle {result.Target} {result.Phones}: {result.Connected} connected; {result.ResidentPerPhoneKiB:0.0} KiB RSS per phone ({result.LiveHeapPerPhoneKiB:0.0} KiB live heap); server CPU {result.ServerCpuPercent:0.0}%; generators {result.GeneratorCpuPercent:0.0}%, {result.GeneratorResident / 1048576.0:0} MiB");
    }

    public void Memory(int clients, long before, long after) => _memory.Add((clients, before, after));

    public void Throughput(List<ThroughputLevel> levels, long acknowledged, long stored)
    {
        _throughput = levels;
        _durable = (acknowledged, stored);
    }

    public void Recovery(RecoveryResult result) => _recovery = result;

    public void Print()
    {
        var text = Render();
        System.Console.WriteLine();
        System.Console.WriteLine(text);
        if (options.Output is { } path)
        {
            File.WriteAllText(path, text);
        }
    }

    private double CpuPerPush(FanOutResult r) =>
        r.BoardsPerClient <= 0 ? double.NaN : r.ServerCpuPercent / 100 * options.Duration.TotalMilliseconds / r.BoardsPerClient;

    private static string Fine(Latency l) => string.Create(CultureInfo.InvariantCulture, $"{l.P50:0.00} | {l.P95:0.00} | {l.P99:0.00} | {l.Max:0.00}");

    // Other work on the machine shifts every figure; the table says how busy it was.
    private static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));

    private string Render()
    {
        var md = new StringBuilder();
        void Line(FormattableString s) => md.AppendLine(s.ToString(CultureInfo.InvariantCulture));
        Line($"Deployment: {_deployment}; app nodes pinned to cores {options.ServerCores} (the store's servers too), the generator as bench/run.sh pins it");
        md.AppendLine();
        Line($"Load average (1, 5, 15 min) at the start: {_loadBefore}; at the end: {LoadAverage()}");
        md.AppendLine();
        if (_fanOut.Count > 0)
        {
            Line($"Fan-out: {options.VotesPerSecond:0} votes/s from 20 voters for {options.Duration.TotalSeconds:0} s; latencies in ms (p50 | p95 | p99 | max)");
            md.AppendLine();
            md.AppendLine("| N | target | board bytes | votes | ack p50 | ack p95 | ack p99 | ack max | delta p50 | delta p95 | delta p99 | delta max | missed | boards per client | server CPU | store CPU | generator CPU |");
            md.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (ours, bare) in _fanOut)
            {
                foreach (var r in new[] { ours, bare }.OfType<FanOutResult>())
                {
                    Line($"| {r.Clients} | {r.Target} | {r.PayloadBytes} | {r.Votes - r.Refused}/{r.Votes} | {r.Acknowledged.Cells} | {r.Delta.Cells} | {r.MissingDeliveries} | {r.BoardsPerClient:0.0} | {r.ServerCpuPercent:0}% | {StoreCpu(r.StoreCpuPercent)} | {r.GeneratorCpuPercent:0}% |");
                }
            }

            md.AppendLine();
            md.AppendLine("| N | delta p50 ratio | delta p99 ratio | ack p99 ratio | room settled after the last join |");
            md.AppendLine("| ---: | ---: | ---: | ---: | ---: |");
            foreach (var (ours, bare) in _fanOut)
            {
                Line($"| {ours.Clients} | {ours.Delta.P50 / bare?.Delta.P50:0.00} | {ours.Delta.P99 / bare?.Delta.P99:0.00} | {ours.Acknowledged.P99 / bare?.Acknowledged.P99:0.00} | {ours.Settled?.TotalMilliseconds:0} ms |");
            }

            md.AppendLine();

            // Issue 20's row 1: what every phone is sent. Bytes are counted at the clients' sockets (every frame:
            // boards, own views, the voters' answers, pings); messages are the board pushes received.
            Line($"What reaches a phone, per second of the measured window (bytes read at the clients' sockets; board messages as received); a delta's bytes estimated from real boards of the room (decision 0023)");
            md.AppendLine();
            md.AppendLine("| N | target | boards per phone per s | board messages per s (all) | bytes per phone per s | MB per s (all) | board bytes | delta bytes after 1 vote (median / max) | after 10 votes | members in a delta | server CPU | generator CPU |");
            md.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | ---: | ---: |");
            foreach (var (ours, bare) in _fanOut)
            {
                foreach (var r in new[] { ours, bare }.OfType<FanOutResult>())
                {
                    var deltas = r.Deltas is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.OneVoteMedian} / {d.OneVoteMax} | {d.TenVotesMedian} / {d.TenVotesMax} | {d.Members}") : "– | – | –";
                    Line($"| {r.Clients} | {r.Target} | {r.BoardsPerClientPerSecond:0.0} | {r.BoardMessagesPerSecond:0} | {r.BytesPerClientPerSecond:0} | {r.BytesPerClientPerSecond * r.Clients / 1e6:0.0} | {r.PayloadBytes} | {deltas} | {r.ServerCpuPercent:0}% | {r.GeneratorCpuPercent:0}% |");
                }
            }

            md.AppendLine();
        }

        if (_wall.Count > 0)
        {
            Line($"Clustering wall (issue 16): the console's real circuit in clustering, {options.WallRate:0.#} card moves/s for {options.Duration.TotalSeconds:0} s; the room's hub phones get every board; update → batch is from the move's send to the console's first batch after its answer (ms, p50 | p95 | p99 | max)");
            md.AppendLine();
            md.AppendLine("| console | phones | cards | moves | server CPU | CPU per update | first render bytes | batches | batches/s | bytes per batch | update → batch p50 | p95 | p99 | max |");
            md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var r in _wall)
            {
                Line($"| {(r.WithConsole ? "open (circuit)" : "none")} | {r.Phones} | {r.Cards} | {r.Accepted}/{r.Updates} | {r.ServerCpuPercent:0}% | {r.CpuPerUpdateMs:0.00} ms | {r.FirstRenderBytes} | {r.Batches} | {r.BatchesPerSecond:0.0} | {r.BytesPerBatch:0} | {r.UpdateToBatch.Cells} |");
            }

            md.AppendLine();
        }

        if (_console.Count > 0)
        {
            Line($"In-process console (Blazor Server's subscription, as the facilitator runs it): {options.VotesPerSecond:0} votes/s from 20 voters for {options.Duration.TotalSeconds:0} s; vote → console is from the phone's send until the console's screen took a view carrying the vote (before Blazor renders and sends the diff); a hold is one view build under the assembly's gate; ms (p50 | p95 | p99 | max)");
            md.AppendLine();
            md.AppendLine("| N | votes | ack p50 | ack p95 | ack p99 | ack max | vote → console p50 | p95 | p99 | max | missed | console views | room hold p50 | p95 | p99 | max | console hold p50 | p95 | p99 | max | server CPU |");
            md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var r in _console)
            {
                Line($"| {r.Clients} | {r.Votes - r.Refused}/{r.Votes} | {r.Acknowledged.Cells} | {r.VoteToConsole.Cells} | {r.Missing} | {r.ConsoleViews} | {Fine(r.RoomHold)} | {Fine(r.ConsoleHold)} | {r.ServerCpuPercent:0}% |");
            }

            md.AppendLine();
        }

        if (_memory.Count > 0)
        {
            md.AppendLine("| N | server RSS before join | after | per participant |");
            md.AppendLine("| ---: | ---: | ---: | ---: |");
            foreach (var (clients, before, after) in _memory)
            {
                Line($"| {clients} | {before / 1048576.0:0.0} MiB | {after / 1048576.0:0.0} MiB | {(after - before) / 1024.0 / clients:0.0} KiB |");
            }

            md.AppendLine();
        }

        if (_fanOut.Count > 0)
        {
            // Issue 12's "server cost per phone": the server's CPU over the measured window divided by the
            // boards every phone received in it (a push reaches all N), and by N once more per phone. The
            // window's votes (SQLite, views) are in it too, the same for every N; the bare hub's column is
            // the transport's share.
            Line($"Server cost per phone (hub phones, as WebAssembly phones connect): CPU per board push to all N = server CPU time in the window / boards per phone");
            md.AppendLine();
            md.AppendLine("| N | memory per participant | app CPU per push (all N) | per phone | bare hub CPU per push | per phone |");
            md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var (ours, bare) in _fanOut)
            {
                var memory = _memory.FirstOrDefault(m => m.Clients == ours.Clients);
                var perParticipant = memory.Clients == 0 ? "–" : string.Create(CultureInfo.InvariantCulture, $"{(memory.After - memory.Before) / 1024.0 / memory.Clients:0.0} KiB");
                var barePush = bare is null ? double.NaN : CpuPerPush(bare);
                Line($"| {ours.Clients} | {perParticipant} | {CpuPerPush(ours):0.00} ms | {CpuPerPush(ours) * 1000 / ours.Clients:0.0} µs | {barePush:0.00} ms | {barePush * 1000 / ours.Clients:0.0} µs |");
            }

            md.AppendLine();
        }

        if (_circuits.Count > 0)
        {
            Line($"Server-mode phones (Blazor circuits, bench/Load/Circuits): each resumes a participant by its device token; 20 hub phones vote {options.VotesPerSecond:0} votes/s for {options.Duration.TotalSeconds:0} s. Memory = app RSS after the circuits started minus before, per circuit; CPU per push = app CPU time in the window / boards per voter. Vote → batch: first render batch at a circuit after the vote was sent (lower bound) / after it was answered (upper bound), ms p50 | p95 | p99 | max");
            md.AppendLine();
            md.AppendLine("| N | started | with batches | memory per circuit | server CPU | CPU per push (all N) | per circuit | batches per circuit | batch bytes per circuit | boards per voter | lower p50 | p95 | p99 | max | upper p50 | p95 | p99 | max | failures |");
            md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            foreach (var r in _circuits)
            {
                Line($"| {r.Circuits} | {r.Started} | {r.CircuitsWithBatches} | {r.KiBPerCircuit:0.0} KiB | {r.ServerCpuPercent:0}% | {r.CpuPerPushMs:0.00} ms | {(r.Started == 0 ? double.NaN : r.CpuPerPushMs * 1000 / r.Started):0.0} µs | {r.BatchesPerCircuit:0.0} | {r.BatchBytesPerCircuit:0} | {r.BoardsPerVoter:0.0} | {r.VoteToBatchLower.Cells} | {r.VoteToBatchUpper.Cells} | {r.Failure} |");
            }

            md.AppendLine();
        }

        if (_circuitFanOut.Count > 0)
        {
            Line($"Changes every server-mode phone shows (issue 12, --only circuit-fanout): N circuits in the topic collection, 20 hub phones bring {options.VotesPerSecond:0} topics/s for {options.Duration.TotalSeconds:0} s after {options.Warmup.TotalSeconds:0} s of the same; topic → circuit is from the topic's send to the first render batch at each circuit carrying its version (data-version, exact); the bare hub gets the same rate with the board the window began with (ratio = p99 / bare p99); ms p50 | p95 | p99 | max");
            md.AppendLine();
            md.AppendLine("| N | started | topics | cards at the end | board bytes (start) | server CPU | generator CPU | CPU per push (all N) | per circuit | batches per circuit | bytes per batch | topic → circuit p50 | p95 | p99 | max | missed | hub phones p99 | bare hub p50 | p95 | p99 | max | ratio p99 | failures |");
            md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            foreach (var r in _circuitFanOut)
            {
                var bare = r.Bare?.Delta ?? Latency.Of([]);
                Line($"| {r.Circuits} | {r.Started} | {r.Accepted}/{r.Topics} | {r.TopicsOnBoard} | {r.BoardBytes} | {r.ServerCpuPercent:0}% | {r.GeneratorCpuPercent:0}% | {r.CpuPerPushMs:0.00} ms | {(r.Started == 0 ? double.NaN : r.CpuPerPushMs * 1000 / r.Started):0.0} µs | {r.BatchesPerCircuit:0.0} | {(r.BatchesPerCircuit <= 0 ? double.NaN : r.BytesPerCircuit / r.BatchesPerCircuit):0} | {r.TopicToCircuit.Cells} | {r.Missing} | {r.TopicToHubPhone.P99:0.0} | {bare.Cells} | {r.Ratio:0.00} | {r.Failure}{r.Errors} |");
            }

            md.AppendLine();
            md.AppendLine("Single changes, one at a time: from the facilitator's send until each circuit's batch carrying it (ms), the bytes each circuit received for it, the server's CPU until the last circuit showed it");
            md.AppendLine();
            md.AppendLine("| N | change | shown p50 | p95 | p99 | max | missed | bytes per circuit | server CPU | batches per circuit while the voters' 20 dots came in |");
            md.AppendLine("| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var r in _circuitFanOut)
            {
                foreach (var c in r.Changes)
                {
                    Line($"| {r.Circuits} | {c.Name} | {c.Shown.Cells} | {c.Missing} | {c.BytesPerCircuit:0} | {c.ServerCpuMs:0} ms | {(c.Name == "reveal" ? r.BatchesWhileOthersVoted.ToString("0.00", CultureInfo.InvariantCulture) : "")} |");
                }
            }

            md.AppendLine();
        }

        if (_throughput is { } levels)
        {
            Line($"Durable throughput: closed-loop voters among {levels.FirstOrDefault()?.Clients} connected phones, {options.ThroughputDuration.TotalSeconds:0} s per level");
            md.AppendLine();
            md.AppendLine("| voting | votes/s | refused | ack p50 | ack p95 | ack p99 | ack max | server CPU | store CPU | generator CPU |");
            md.AppendLine("| ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var l in levels)
            {
                Line($"| {l.Voting} | {l.VotesPerSecond:0} | {l.Refused} | {l.Acknowledged.Cells} | {l.ServerCpuPercent:0}% | {StoreCpu(l.StoreCpuPercent)} | {l.GeneratorCpuPercent:0}% |");
            }

            md.AppendLine();
            Line($"Durable: highest acknowledged version {_durable.Acknowledged}, in the store after SIGKILL {_durable.Stored}: {(_durable.Stored >= _durable.Acknowledged ? "all acknowledged votes stored" : "LOST VOTES")}");
            md.AppendLine();
        }

        if (_assemblies.Count > 0)
        {
            Line($"Many assemblies at once: each assembly's vote → board p99 at its own phones, spread over the assemblies (min | median | p90 | max); {options.Duration.TotalSeconds:0} s after a {options.Warmup.TotalSeconds:0} s warm-up; ack over all votes, ms");
            md.AppendLine();
            md.AppendLine("| deployment | assemblies × phones | votes/s (all) | votes | joined in | p99 min | median | p90 | max | worst assembly's node | median p99 per node | missed | ack p50 | ack p99 | server RSS | server CPU | store CPU | generator CPU |");
            md.AppendLine("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
            foreach (var r in _assemblies)
            {
                var p99 = r.PerAssembly.Select(a => a.Delta.P99).Order().ToList();
                var worst = r.PerAssembly.MaxBy(a => a.Delta.P99)!;
                Line($"| {r.Deployment} | {r.PerAssembly.Count} × {r.PhonesPerAssembly} | {r.VotesPerSecond:0} | {r.PerAssembly.Sum(a => a.Votes - a.Refused)}/{r.PerAssembly.Sum(a => a.Votes)} | {r.Joined.TotalSeconds:0} s | {p99[0]:0.0} | {Percentile(p99, 0.5):0.0} | {Percentile(p99, 0.9):0.0} | {p99[^1]:0.0} | {(char)('A' + worst.Node)} | {PerNode(r)} | {r.PerAssembly.Sum(a => a.Missing)} | {r.Acknowledged.P50:0.0} | {r.Acknowledged.P99:0.0} | {r.ResidentBytes / 1048576.0:0} MiB | {r.ServerCpuPercent:0}% | {StoreCpu(r.StoreCpuPercent)} | {r.GeneratorCpuPercent:0}% |");
            }

            md.AppendLine();
        }

        if (_idle.Count > 0)
        {
            Line($"Idle phones (issue 20's memory rows): joined, then {options.IdleWindow.TotalSeconds:0} s without a vote (keep-alive pings only); per phone = (idle − before the phones) / N, summed over the nodes; \"after full GC\" both sides after a forced compacting collection; native = anonymous RSS − GC committed, after the collection");
            md.AppendLine();
            md.AppendLine("| target | deployment | phones | assemblies | connected (failed) | joined in | RSS before | RSS idle | per phone: RSS | RSS after full GC | live heap | GC committed | native | threads | server CPU idle | store CPU | generators | generator CPU | generator RSS | collector |");
            md.AppendLine("| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- |");
            foreach (var r in _idle)
            {
                Line($"| {r.Target} | {r.Deployment} | {r.Phones} | {r.Assemblies} | {r.Connected} ({r.Failed}) | {r.Joined.TotalSeconds:0} s | {r.ResidentBefore / 1048576.0:0} MiB | {r.ResidentIdle / 1048576.0:0} MiB | **{r.ResidentPerPhoneKiB:0.0} KiB** | {r.CollectedResidentPerPhoneKiB:0.0} KiB | {r.LiveHeapPerPhoneKiB:0.0} KiB | {r.CommittedPerPhoneKiB:0.0} KiB | {r.NativePerPhoneKiB:0.0} KiB | {r.Threads} | {r.ServerCpuPercent:0.0}% | {StoreCpu(r.StoreCpuPercent)} | {r.Generators} | {r.GeneratorCpuPercent:0.0}% | {r.GeneratorResident / 1048576.0:0} MiB | {r.Collector} |");
            }

            md.AppendLine();
        }

        if (_recovery is { } recovery)
        {
            Line($"Recovery: {recovery.Events} events, newest snapshot at {recovery.SnapshotVersion}; app start to /health {recovery.StartToHealthMs:0} ms; first console open (loads the assembly from the snapshot and {recovery.Events - recovery.SnapshotVersion} events) {recovery.FirstOpenMs:0} ms, second {recovery.WarmOpenMs:0} ms; first open of it in a restarted app that first opened a small assembly's console {recovery.WarmedFirstOpenMs:0} ms; first open after a restart without snapshots (full replay) {recovery.FullReplayFirstOpenMs:0} ms; engine alone (warm process): full replay {recovery.EngineReplayMs:0} ms, snapshot and tail {recovery.EngineSnapshotLoadMs:0} ms");
        }

        return md.ToString();
    }
}
