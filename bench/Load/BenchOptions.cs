namespace OffeneVersammlung.Bench.Load;

/// <summary>What to run and for how long; <c>--quick</c> gives a run of a few minutes.</summary>
public sealed record BenchOptions
{
    public required string Root { get; init; }

    public int[] FanOutSizes { get; init; } = [100, 500, 1000, 2000];

    /// <summary>Phones in the room while the in-process console is measured.</summary>
    public int[] ConsoleSizes { get; init; } = [2000];

    /// <summary>Server-mode phones (Blazor circuits without a browser) at which their server cost is measured.</summary>
    public int[] CircuitSizes { get; init; } = [100, 500, 2000];

    public double VotesPerSecond { get; init; } = 20;

    /// <summary>Hub phones in the room while the console's clustering wall is measured (issue 16).</summary>
    public int WallPhones { get; init; } = 500;

    /// <summary>Topics on the clustering wall.</summary>
    public int WallCards { get; init; } = 150;

    /// <summary>Card moves a second on the wall while it is measured.</summary>
    public double WallRate { get; init; } = 5;

    /// <summary>
    /// Voting before the measured window, after the room has settled. After 2,000 joins the app's
    /// tiered JIT is busy on its one core for about 15 s (35 s with tiered PGO; dotnet-counters:
    /// 1–3 s of compilation per 5 s, then almost none); the fan-out target is about the room after that.
    /// </summary>
    public TimeSpan Warmup { get; init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(15);

    public TimeSpan Drain { get; init; } = TimeSpan.FromSeconds(2);

    public int ThroughputClients { get; init; } = 500;

    public int[] ThroughputLevels { get; init; } = [1, 4, 16, 64, 200, 500];

    public TimeSpan ThroughputDuration { get; init; } = TimeSpan.FromSeconds(6);

    public int RecoveryEvents { get; init; } = 100_000;

    /// <summary>Events between the snapshots the recovery's growing writes (the app's default, SnapshotEveryEvents).</summary>
    public int SnapshotEvery { get; init; } = 10_000;

    /// <summary>Loopback source addresses the generator's sockets are spread over (127.0.0.1 … .N); 1: the system's choice.</summary>
    public int SourceAddresses { get; init; } = 1;

    public string ServerCores { get; init; } = "0";

    /// <summary>Where the app keeps its events: <c>sqlite</c> (the default file) or <c>postgresql</c> (a throwaway server, with Redis).</summary>
    public string Store { get; init; } = "sqlite";

    public bool Postgres => Store == "postgresql";

    /// <summary>App processes on the one store (2 needs PostgreSQL); phones are spread over them.</summary>
    public int Nodes { get; init; } = 1;

    /// <summary>Assemblies voting at once in <c>--only assemblies</c> (issue 20's row: 100 × 40 phones).</summary>
    public int Assemblies { get; init; } = 100;

    public int PhonesPerAssembly { get; init; } = 40;

    /// <summary>Votes a second over all assemblies together, each assembly an equal share, open loop.</summary>
    public double AssembliesRate { get; init; } = 100;

    /// <summary>Phones joined and then idle in <c>--only idle</c> (issue 20's memory rows), each N in a fresh app.</summary>
    public int[] IdleSizes { get; init; } = [1000, 5000, 10000];

    /// <summary>Assemblies the idle phones are spread over (1: one big room; 50 × 1,000: a service office's evening).</summary>
    public int IdleAssemblies { get; init; } = 1;

    /// <summary>The idle window over which the servers' CPU is measured (keep-alive pings only).</summary>
    public TimeSpan IdleWindow { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>The idle step also connects the same N to the bare hub (off with <c>--idle-without-bare</c>, e.g. to compare runtime settings).</summary>
    public bool IdleBare { get; init; } = true;

    /// <summary>The app's port (the bare hub's is the next one up, the console benchmark's the one after).</summary>
    public int AppPort { get; init; } = 5291;

    public string? Output { get; init; }

    /// <summary>Diagnostic: the facilitator's console disconnects once the assembly is in dot voting.</summary>
    public bool WithoutConsole { get; init; }

    /// <summary>
    /// The fan-out's listeners as full SignalR clients, as before issue 20's row 2 (whose generator they saturated);
    /// by default they are <see cref="WirePhone"/>s and only the voters are full clients.
    /// </summary>
    public bool FullListeners { get; init; }

    /// <summary>The fan-out without the bare hub's run after the app's (a room of 10,000 takes minutes to fill twice).</summary>
    public bool WithoutBare { get; init; }

    /// <summary>Extra environment for the app process (e.g. runtime knobs such as DOTNET_TieredPGO=0).</summary>
    public Dictionary<string, string> AppEnvironment { get; init; } = [];

    public HashSet<string> Only { get; init; } = ["fanout", "console", "circuits", "circuit-fanout", "wall", "throughput", "recovery"];

    public string ConsoleHostDll => Path.Combine(Root, "bench/ConsoleHost/bin/Release/net10.0/OffeneVersammlung.Bench.ConsoleHost.dll");

    public string BareDll => Path.Combine(Root, "bench/BareHub/bin/Release/net10.0/OffeneVersammlung.Bench.BareHub.dll");

    public static BenchOptions Parse(string[] args)
    {
        var options = new BenchOptions { Root = FindRoot() };
        for (var i = 0; i < args.Length; i++)
        {
            string Next() => args[++i];
            options = args[i] switch
            {
                "--quick" => options with
                {
                    FanOutSizes = [100, 1000],
                    ConsoleSizes = [1000],
                    CircuitSizes = [100],
                    Duration = TimeSpan.FromSeconds(6),
                    Warmup = TimeSpan.FromSeconds(2),
                    ThroughputClients = 200,
                    ThroughputLevels = [1, 16, 200],
                    ThroughputDuration = TimeSpan.FromSeconds(4),
                },
                "--sizes" => options with { FanOutSizes = [.. Next().Split(',').Select(int.Parse)] },
                "--circuit-sizes" => options with { CircuitSizes = [.. Next().Split(',').Select(int.Parse)] },
                "--wall-phones" => options with { WallPhones = int.Parse(Next()) },
                "--wall-cards" => options with { WallCards = int.Parse(Next()) },
                "--wall-rate" => options with { WallRate = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--console-sizes" => options with { ConsoleSizes = [.. Next().Split(',').Select(int.Parse)] },
                "--rate" => options with { VotesPerSecond = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--seconds" => options with { Duration = TimeSpan.FromSeconds(int.Parse(Next())) },
                "--warmup" => options with { Warmup = TimeSpan.FromSeconds(int.Parse(Next())) },
                "--throughput-clients" => options with { ThroughputClients = int.Parse(Next()) },
                "--levels" => options with { ThroughputLevels = [.. Next().Split(',').Select(int.Parse)] },
                "--recovery-events" => options with { RecoveryEvents = int.Parse(Next()) },
                "--snapshot-every" => options with { SnapshotEvery = int.Parse(Next()) },
                "--source-addresses" => options with { SourceAddresses = int.Parse(Next()) },
                "--app-port" => options with { AppPort = int.Parse(Next()) },
                "--server-cores" => options with { ServerCores = Next() },
                "--store" => options with { Store = Next() is var store && store is "sqlite" or "postgresql" ? store : throw new ArgumentException("--store sqlite|postgresql") },
                "--nodes" => options with { Nodes = int.Parse(Next()) },
                "--assemblies" => options with { Assemblies = int.Parse(Next()) },
                "--assembly-phones" => options with { PhonesPerAssembly = int.Parse(Next()) },
                "--assemblies-rate" => options with { AssembliesRate = double.Parse(Next(), System.Globalization.CultureInfo.InvariantCulture) },
                "--idle-sizes" => options with { IdleSizes = [.. Next().Split(',').Select(int.Parse)] },
                "--idle-assemblies" => options with { IdleAssemblies = int.Parse(Next()) },
                "--idle-without-bare" => options with { IdleBare = false },
                "--idle-seconds" => options with { IdleWindow = TimeSpan.FromSeconds(int.Parse(Next())) },
                "--only" => options with { Only = [.. Next().Split(',')] },
                "--out" => options with { Output = Next() },
                "--without-console" => options with { WithoutConsole = true },
                "--full-listeners" => options with { FullListeners = true },
                "--without-bare" => options with { WithoutBare = true },
                "--app-env" => options with { AppEnvironment = new(options.AppEnvironment) { [args[i + 1].Split('=', 2)[0]] = Next().Split('=', 2)[1] } },
                _ => throw new ArgumentException($"unknown option {args[i]}; see bench/README.md"),
            };
        }

        return options;
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OffeneVersammlung.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("run from inside the repository");
    }
}
