using Microsoft.Extensions.Diagnostics.HealthChecks;
using StackExchange.Redis;

namespace OffeneVersammlung.Facilitator.Cluster;

/// <summary>
/// Degraded, not unhealthy, without Redis: the node still serves its own connections (a proxy must not
/// take it out of rotation for that); only other nodes' changes wait until Redis is back.
/// </summary>
public sealed class BackplaneHealthCheck(IConnectionMultiplexer redis) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(redis.IsConnected
            ? HealthCheckResult.Healthy("redis connected")
            : HealthCheckResult.Degraded("redis unreachable: serving this node's connections only"));
}
