using Microsoft.AspNetCore.Hosting;

namespace OffeneVersammlung.Testing;

/// <summary>
/// One node of several in the test's own process (so a test can drive its console in-process), on a
/// store the nodes share (a PostgreSQL database; the folder's SQLite file holds nothing they share)
/// and the Redis they talk over. The other nodes are <see cref="AppProcess"/>es:
/// <see cref="StartProcessAsync"/> starts one with the same settings.
/// </summary>
public sealed class ClusterNode(string folder, string redis, string postgres) : HostFactory(folder, ownsFolder: false, port: 0)
{
    // Field initializers run before the base constructor starts the server and asks ConfigureHost.
    private readonly string _redis = redis;
    private readonly string _postgres = postgres;

    /// <summary>A node on the PostgreSQL database <paramref name="postgres"/> and <paramref name="folder"/>'s file, talking over <paramref name="redis"/>.</summary>
    public static ClusterNode On(string folder, RedisServer redis, string postgres)
    {
        ArgumentNullException.ThrowIfNull(redis);
        return new ClusterNode(folder, redis.ConnectionString, postgres);
    }

    /// <summary>Another node as its own process (which a test may SIGKILL) on the same store and Redis.</summary>
    public static Task<AppProcess> StartProcessAsync(string folder, RedisServer redis, string postgres, int? port = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        return AppProcess.StartAsync(
            port ?? AppProcess.FreePort(),
            DatabaseIn(folder),
            new Dictionary<string, string>
            {
                ["Backplane"] = "Redis",
                ["Storage"] = "PostgreSQL",
                ["InvocationBurst"] = "1000000",
                ["InvocationsPerSecond"] = "1000000",
            },
            new Dictionary<string, string>
            {
                ["ConnectionStrings__Redis"] = redis.ConnectionString,
                ["ConnectionStrings__PostgreSQL"] = postgres,
            });
    }

    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("OffeneVersammlung:Backplane", "Redis");
        builder.UseSetting("ConnectionStrings:Redis", _redis);
        builder.UseSetting("OffeneVersammlung:Storage", "PostgreSQL");
        builder.UseSetting("ConnectionStrings:PostgreSQL", _postgres);
    }
}
