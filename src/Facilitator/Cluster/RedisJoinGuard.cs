using System.Globalization;
using System.Net;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Throttling;
using StackExchange.Redis;

namespace OffeneVersammlung.Facilitator.Cluster;

/// <summary>
/// The failed-join limit shared by every node over Redis (decision 0021): an address's wrong codes are one counter
/// (INCR, expiring one window after the first wrong code), a code it has proven is a key that lives the evening, and
/// a join asks both in one round trip, whichever node it reaches. Redis away: this node's own <see cref="JoinGuard"/>
/// (kept up to date all along) decides, as on one node, so a join never waits for Redis to come back.
/// </summary>
public sealed partial class RedisJoinGuard(IConnectionMultiplexer redis, JoinGuard local, IOptions<OffeneVersammlungOptions> options, ILogger<RedisJoinGuard> logger)
    : IJoinGuard
{
    private const string Prefix = "offene-versammlung:joins:";
    private static readonly TimeSpan KnownCodeLifetime = TimeSpan.FromHours(12);

    // A known code answers yes at once; otherwise the address may try while its wrong codes are below the limit.
    private const string MayTryScript =
        "if redis.call('EXISTS', KEYS[1]) == 1 then return 1 end if tonumber(redis.call('GET', KEYS[2]) or '0') < tonumber(ARGV[1]) then return 1 end return 0";

    private const string CountScript = "local n = redis.call('INCR', KEYS[1]) if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end return n";

    public async ValueTask<bool> MayTryAsync(IPAddress? address, string code)
    {
        if (address is null)
        {
            return true;
        }

        try
        {
            var allowed = await redis.GetDatabase().ScriptEvaluateAsync(
                MayTryScript, [KnownKey(address, code), FailedKey(address)], [options.Value.FailedJoinsPerAddress]);
            return (long)allowed == 1;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogUnavailable(e);
            return local.MayTry(address, code);
        }
    }

    public async ValueTask RecordFailureAsync(IPAddress? address)
    {
        local.RecordFailure(address);
        if (address is not null)
        {
            var window = (long)TimeSpan.FromSeconds(options.Value.FailedJoinWindowSeconds).TotalMilliseconds;
            await TryAsync(database => database.ScriptEvaluateAsync(CountScript, [FailedKey(address)], [window]));
        }
    }

    public async ValueTask RecordKnownAsync(IPAddress? address, string code)
    {
        local.RecordKnown(address, code);
        if (address is not null)
        {
            await TryAsync(database => database.StringSetAsync(KnownKey(address, code), 1, KnownCodeLifetime));
        }
    }

    private static RedisKey FailedKey(IPAddress address) => Prefix + "failed:" + NetworkAddress.Of(address);

    private static RedisKey KnownKey(IPAddress address, string code) =>
        string.Create(CultureInfo.InvariantCulture, $"{Prefix}known:{NetworkAddress.Of(address)}:{code}");

    private async Task TryAsync(Func<IDatabase, Task> write)
    {
        try
        {
            await write(redis.GetDatabase());
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogUnavailable(e);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Failed-join limit: Redis unavailable, this node's own count decides")]
    private partial void LogUnavailable(Exception exception);
}
