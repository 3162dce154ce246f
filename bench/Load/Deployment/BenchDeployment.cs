using Npgsql;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Bench.Load.Deployment;

/// <summary>
/// Where the app's nodes keep their events and how they hear of each other: the default SQLite file (one node), or
/// (<c>--store postgresql</c>) a throwaway PostgreSQL server and redis-server of the benchmark's own, with 1 or 2 nodes
/// (<c>--nodes</c>) on <c>OffeneVersammlung:Storage = PostgreSQL</c> and <c>Backplane = Redis</c> (decisions 0020, 0021).
/// The store's servers are pinned to the app's cores. Everything is stopped and removed at the end.
/// </summary>
public sealed class BenchDeployment : IAsyncDisposable
{
    /// <summary>Node i listens on the app's port + i × this (the ports just above the app's are the bare hub's and the console benchmark's).</summary>
    private const int NodePortStep = 10;
    private readonly BenchOptions _options;
    private readonly Dictionary<string, string> _environment;
    private readonly Func<StoreSession> _open;
    private readonly ThrowawayPostgres? _postgres;
    private readonly ThrowawayRedis? _redis;

    private BenchDeployment(BenchOptions options, Dictionary<string, string> environment, Func<StoreSession> open, ThrowawayPostgres? postgres, ThrowawayRedis? redis)
    {
        _options = options;
        _environment = environment;
        _open = open;
        _postgres = postgres;
        _redis = redis;
    }

    public string Description => _postgres is null ? "SQLite file, 1 node" : $"PostgreSQL + Redis, {_options.Nodes} node{(_options.Nodes == 1 ? "" : "s")}";

    public static async Task<BenchDeployment> StartAsync(BenchOptions options, string work)
    {
        var database = Path.Combine(work, "bench.db");
        var environment = new Dictionary<string, string>(options.AppEnvironment) { ["OffeneVersammlung__DatabasePath"] = database };
        if (!options.Postgres)
        {
            if (options.Nodes != 1)
            {
                throw new ArgumentException("--nodes 2 needs --store postgresql: a SQLite file serves one node");
            }

            return new BenchDeployment(options, environment, () =>
            {
                var events = new SqliteEventStore(database);
                var snapshots = new SqliteSnapshotStore(database);
                return new StoreSession(events, snapshots, events, snapshots);
            }, null, null);
        }

        var postgres = await ThrowawayPostgres.StartAsync(options.ServerCores);
        var redis = await ThrowawayRedis.StartAsync(options.ServerCores);
        environment["OffeneVersammlung__Storage"] = "PostgreSQL";
        environment["OffeneVersammlung__Backplane"] = "Redis";
        environment["ConnectionStrings__PostgreSQL"] = postgres.ConnectionString;
        environment["ConnectionStrings__Redis"] = redis.ConnectionString;
        Console.WriteLine($"PostgreSQL on 127.0.0.1:{postgres.Port}, Redis on {redis.ConnectionString}, pinned to cores {options.ServerCores}");
        return new BenchDeployment(options, environment, () =>
        {
            var source = NpgsqlDataSource.Create(postgres.ConnectionString);
            return new StoreSession(new PostgresEventStore(source), new PostgresSnapshotStore(source), source);
        }, postgres, redis);
    }

    /// <summary>The store as the generator opens it itself.</summary>
    public StoreSession OpenStore() => _open();

    /// <summary>The store's and the backplane's processes now (none for SQLite, which is inside the app).</summary>
    public int[] StoreProcessIds() => _postgres is null ? [] : [.. _postgres.ProcessIds(), _redis!.ProcessId];

    /// <summary>The configured number of nodes (or <paramref name="count"/>), each pinned to the app's cores, with <paramref name="extra"/> on top of the deployment's settings.</summary>
    public async Task<AppNodes> StartNodesAsync(IReadOnlyDictionary<string, string>? extra = null, int? count = null)
    {
        var environment = new Dictionary<string, string>(_environment);
        foreach (var (key, value) in extra ?? new Dictionary<string, string>())
        {
            environment.TryAdd(key, value);
        }

        var nodes = new List<ServerProcess>();
        try
        {
            for (var i = 0; i < (count ?? _options.Nodes); i++)
            {
                nodes.Add(await ServerProcess.StartAsync(_options.ConsoleHostDll, _options.AppPort + (i * NodePortStep), _options.ServerCores, environment));
            }
        }
        catch
        {
            await new AppNodes(nodes).DisposeAsync();
            throw;
        }

        return new AppNodes(nodes);
    }

    /// <summary>Any other server the benchmark starts (the console benchmark's host) with the deployment's settings.</summary>
    public Task<ServerProcess> StartOnPortAsync(int port) => ServerProcess.StartAsync(_options.ConsoleHostDll, port, _options.ServerCores, _environment);

    public async ValueTask DisposeAsync()
    {
        if (_redis is not null)
        {
            await _redis.DisposeAsync();
        }

        if (_postgres is not null)
        {
            await _postgres.DisposeAsync();
        }
    }
}
