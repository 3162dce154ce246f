using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Hubs;
using OffeneVersammlung.Facilitator.Participation;

namespace OffeneVersammlung.Facilitator.Throttling;

/// <summary>
/// A per-connection rate limit on hub calls (ASP.NET Core's rate limiter only sees the HTTP upgrade,
/// not the messages on an open WebSocket). Commands and joins beyond the rate are refused before they
/// reach an assembly, so one flooding phone cannot hold the assembly's queue and its disk writes;
/// snapshot reads, which have no refusal to give, wait for their turn instead. Calls of one connection
/// run one after another (MaximumParallelInvocationsPerClient = 1), so waiting slows only that connection.
/// </summary>
public sealed partial class ConnectionThrottle(IOptions<OffeneVersammlungOptions> options, TimeProvider time, ILogger<ConnectionThrottle> logger)
    : IHubFilter
{
    private static readonly object BucketKey = typeof(TokenBucket);
    private static readonly object ReportedKey = "ThrottleReported";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocationContext, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        ArgumentNullException.ThrowIfNull(invocationContext);
        ArgumentNullException.ThrowIfNull(next);
        var bucket = BucketOf(invocationContext.Context);
        if (bucket.TryTake(out var wait))
        {
            return await next(invocationContext);
        }

        if (RefusalFor(invocationContext.HubMethod.ReturnType) is { } refusal)
        {
            ReportOnce(invocationContext.Context);
            return refusal;
        }

        do
        {
            await Task.Delay(wait, time, invocationContext.Context.ConnectionAborted);
        }
        while (!bucket.TryTake(out wait));

        return await next(invocationContext);
    }

    private static object? RefusalFor(Type returnType) =>
        returnType == typeof(Task<CommandResult>) ? InvocationLimit.RefusedCommand
        : returnType == typeof(Task<JoinResult>) ? InvocationLimit.RefusedJoin
        : null;

    private TokenBucket BucketOf(HubCallerContext context)
    {
        if (context.Items.TryGetValue(BucketKey, out var value) && value is TokenBucket bucket)
        {
            return bucket;
        }

        var limits = options.Value;
        bucket = new TokenBucket(limits.InvocationBurst, limits.InvocationsPerSecond, time);
        context.Items[BucketKey] = bucket;
        return bucket;
    }

    // One line per flooding connection, not one per refused call: a flood must not become a log flood.
    private void ReportOnce(HubCallerContext context)
    {
        if (context.Items.TryAdd(ReportedKey, true))
        {
            LogThrottled(context.ConnectionId);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {ConnectionId} exceeds its rate of hub calls; further calls are refused until it slows down")]
    private partial void LogThrottled(string connectionId);
}
