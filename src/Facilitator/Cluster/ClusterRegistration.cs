using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Hubs;
using OffeneVersammlung.Facilitator.Throttling;
using StackExchange.Redis;

namespace OffeneVersammlung.Facilitator.Cluster;

public static class ClusterRegistration
{
    /// <summary>The setting's value that puts the node in a cluster over Redis.</summary>
    public const string Redis = "Redis";

    /// <summary>
    /// With <c>OffeneVersammlung:Backplane = Redis</c> and <c>ConnectionStrings:Redis</c>: notices between
    /// the nodes, leases, the hub's backplane and its health. Without the setting nothing changes: one node.
    /// </summary>
    public static WebApplicationBuilder AddCluster(this WebApplicationBuilder builder)
    {
        var backplane = builder.Configuration[$"{OffeneVersammlungOptions.Section}:Backplane"];
        if (string.IsNullOrEmpty(backplane))
        {
            return builder;
        }

        if (!string.Equals(backplane, Redis, StringComparison.OrdinalIgnoreCase))
        {
            throw new InvalidOperationException($"OffeneVersammlung:Backplane = '{backplane}' is unknown; the one backplane is '{Redis}'.");
        }

        var connectionString = builder.Configuration.GetConnectionString(Redis);
        if (string.IsNullOrWhiteSpace(connectionString))
        {
            throw new InvalidOperationException("OffeneVersammlung:Backplane = Redis needs ConnectionStrings:Redis (e.g. 127.0.0.1:6379).");
        }

        var configuration = ConfigurationOptions.Parse(connectionString);

        // A node starts and serves its own connections while Redis is away, and reconnects by itself.
        configuration.AbortOnConnectFail = false;
        configuration.ChannelPrefix = RedisChannel.Literal("offene-versammlung");
        var services = builder.Services;
        services.AddSingleton<IConnectionMultiplexer>(_ => ConnectionMultiplexer.Connect(configuration));
        services.AddSingleton<RedisClusterNotices>();
        services.AddSingleton<IClusterNotices>(s => s.GetRequiredService<RedisClusterNotices>());
        services.AddHostedService(s => s.GetRequiredService<RedisClusterNotices>());
        services.AddSingleton<ILeases, RedisLeases>();
        services.AddSingleton<IJoinGuard, RedisJoinGuard>();
        services.AddSignalR().AddStackExchangeRedis();
        services.AddOptions<RedisOptions>().Configure<IServiceProvider>((o, s) =>
            o.ConnectionFactory = _ => Task.FromResult(s.GetRequiredService<IConnectionMultiplexer>()));
        services.AddSingleton<DefaultHubLifetimeManager<AssemblyHub>>();
        services.AddSingleton<RedisHubLifetimeManager<AssemblyHub>>();
        services.AddSingleton<HubLifetimeManager<AssemblyHub>, NodeHubLifetimeManager<AssemblyHub>>();
        services.AddHealthChecks().AddCheck<BackplaneHealthCheck>("backplane");
        return builder;
    }
}
