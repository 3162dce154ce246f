using System.Globalization;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;
using StackExchange.Redis;

namespace OffeneVersammlung.Facilitator.Cluster;

/// <summary>
/// The nodes' notices over Redis pub/sub: "assembly X is at version v" and "assembly X was erased". A
/// node that hears of another's append catches up from the store (<see cref="LiveAssemblies.CatchUpAsync"/>);
/// when its line to Redis comes back it catches up every assembly it holds, since notices sent meanwhile
/// are gone (pub/sub keeps nothing). Publishing never waits: a command's answer does not depend on Redis.
/// </summary>
public sealed partial class RedisClusterNotices(
    IConnectionMultiplexer redis, IServiceProvider services, ILogger<RedisClusterNotices> logger) : IClusterNotices, IHostedService
{
    private static readonly RedisChannel Channel = RedisChannel.Literal("offene-versammlung:assemblies");
    private readonly string _node = Guid.NewGuid().ToString("N");
    private ChannelMessageQueue? _queue;

    private LiveAssemblies Assemblies => services.GetRequiredService<LiveAssemblies>();

    public void Appended(Guid assemblyId, long version) =>
        Send(string.Create(CultureInfo.InvariantCulture, $"{_node} appended {assemblyId:N} {version}"));

    public void Deleted(Guid assemblyId) => Send($"{_node} erased {assemblyId:N}");

    public Task StartAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored += OnRestored;
        redis.ConnectionFailed += OnFailed;
        return SubscribeAsync();
    }

    private async Task SubscribeAsync()
    {
        try
        {
            _queue = await redis.GetSubscriber().SubscribeAsync(Channel);

            // One at a time, in the order Redis delivered them: the catch-up reads the store anyway.
            _queue.OnMessage(message => HearAsync(message.Message.ToString()));
        }
        catch (RedisException e)
        {
            // The node starts without Redis; the subscription is made again when the connection is restored.
            LogUnavailable(e);
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        redis.ConnectionRestored -= OnRestored;
        redis.ConnectionFailed -= OnFailed;
        if (_queue is { } queue)
        {
            await queue.UnsubscribeAsync();
        }
    }

    private void Send(string notice)
    {
        try
        {
            redis.GetSubscriber().Publish(Channel, notice, CommandFlags.FireAndForget);
        }
        catch (RedisException e)
        {
            // The other nodes catch up when Redis is back (OnRestored on their side).
            LogSendFailed(e);
        }
    }

    private async Task HearAsync(string notice)
    {
        var parts = notice.Split(' ');
        if (parts.Length < 3 || parts[0] == _node || !Guid.TryParseExact(parts[2], "N", out var assemblyId))
        {
            return;
        }

        try
        {
            switch (parts[1])
            {
                case "appended" when parts.Length == 4 && long.TryParse(parts[3], CultureInfo.InvariantCulture, out var version):
                    await Assemblies.CatchUpAsync(assemblyId, version);
                    break;
                case "erased":
                    // Its join code and secret links must stop working here too, not only where it was erased.
                    services.GetRequiredService<IAccessStore>().Forget(assemblyId);
                    await Assemblies.ForgetErasedAsync(assemblyId);
                    break;
            }
        }
        catch (Exception e)
        {
            LogCatchUpFailed(e, assemblyId);
        }
    }

    private void OnRestored(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType != ConnectionType.Subscription)
        {
            return;
        }

        LogRestored();
        _ = Task.Run(async () =>
        {
            if (_queue is null)
            {
                await SubscribeAsync();
            }

            await Assemblies.CatchUpAllAsync();
        });
    }

    private void OnFailed(object? sender, ConnectionFailedEventArgs e)
    {
        if (e.ConnectionType == ConnectionType.Subscription)
        {
            LogLost(e.FailureType);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Redis unavailable at start; this node serves its own connections until it is back")]
    private partial void LogUnavailable(Exception exception);

    [LoggerMessage(Level = LogLevel.Debug, Message = "A notice to the other nodes was not sent")]
    private partial void LogSendFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assembly {AssemblyId}: catching up after another node's notice failed")]
    private partial void LogCatchUpFailed(Exception exception, Guid assemblyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Lost Redis ({Failure}); this node serves its own connections and catches up when it is back")]
    private partial void LogLost(ConnectionFailureType failure);

    [LoggerMessage(Level = LogLevel.Information, Message = "Redis is back; catching up every live assembly from the store")]
    private partial void LogRestored();
}
