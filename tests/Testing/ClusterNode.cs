using Microsoft.AspNetCore.Hosting;

namespace OffeneVersammlung.Testing;

/// <summary>
/// One node of several in the test's own process (so a test can drive its console in-process), on a
/// store the nodes share and the Redis they talk over. The other nodes are <see cref="AppProcess"/>es:
/// <see cref="StartProcessAsync"/> starts one with the same settings.
/// </summary>
public sealed class ClusterNode(string folder, string redis) : HostFactory(folder, ownsFolder: false, port: 0)
{
    // A field initializer runs before the base constructor starts the server and asks ConfigureHost.
    private readonly string _redis = redis;

    /// <summary>A node on <paramref name="folder"/>'s SQLite file, talking over <paramref name="redis"/>.</summary>
    public static ClusterNode On(string folder, RedisServer redis)
    {
        ArgumentNullException.ThrowIfNull(redis);
        return new ClusterNode(folder, redis.ConnectionString);
    }

    /// <summary>Another node as its own process (which a test may SIGKILL) on the same file and Redis.</summary>
    public static Task<AppProcess> StartProcessAsync(string folder, RedisServer redis, int? port = null)
    {
        ArgumentNullException.ThrowIfNull(redis);
        return AppProcess.StartAsync(
            port ?? AppProcess.FreePort(),
            DatabaseIn(folder),
            new Dictionary<string, string>
            {
                ["Backplane"] = "Redis",
                ["InvocationBurst"] = "1000000",
                ["InvocationsPerSecond"] = "1000000",
            },
            new Dictionary<string, string> { ["ConnectionStrings__Redis"] = redis.ConnectionString });
    }

    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        builder.UseSetting("OffeneVersammlung:Backplane", "Redis");
        builder.UseSetting("ConnectionStrings:Redis", _redis);
    }
}
