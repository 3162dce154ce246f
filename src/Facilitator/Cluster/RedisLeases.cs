using StackExchange.Redis;

namespace OffeneVersammlung.Facilitator.Cluster;

/// <summary>
/// Leases as Redis keys with an expiry (SET NX PX): the first node to set the key holds it, and renews
/// it while it runs; a node that dies lets it expire. Without Redis nobody holds a lease, so the work
/// waits for the next round rather than running twice.
/// </summary>
public sealed partial class RedisLeases(IConnectionMultiplexer redis, ILogger<RedisLeases> logger) : ILeases
{
    private const string Renew =
        "if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) else return 0 end";

    private readonly string _node = Guid.NewGuid().ToString("N");

    public async Task<bool> TryHoldAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default)
    {
        var key = new RedisKey("offene-versammlung:lease:" + name);
        try
        {
            var database = redis.GetDatabase();
            if (await database.StringSetAsync(key, _node, duration, When.NotExists))
            {
                return true;
            }

            var renewed = await database.ScriptEvaluateAsync(Renew, [key], [_node, (long)duration.TotalMilliseconds]);
            return (long)renewed == 1;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogUnavailable(e, name);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lease {Name}: Redis unavailable, skipping this round")]
    private partial void LogUnavailable(Exception exception, string name);
}
