using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.StackExchangeRedis;
using StackExchange.Redis;

namespace OffeneVersammlung.Facilitator.Cluster;

/// <summary>
/// The hub's connections on several nodes. Groups stay on this node: every node runs the one update
/// pipeline for its own connections after catching up from the store (decision 0021), so a board sent
/// to a group through Redis would reach each phone once per node, and with Redis gone no phone would
/// get one at all. Everything addressed past the node (all connections, a connection or user on
/// another node) goes over the Redis backplane. A connection that arrives while Redis is unreachable
/// is served here and simply unknown to the backplane.
/// </summary>
public sealed partial class NodeHubLifetimeManager<THub>(
    DefaultHubLifetimeManager<THub> local,
    RedisHubLifetimeManager<THub> cluster,
    IConnectionMultiplexer redis,
    ILogger<NodeHubLifetimeManager<THub>> logger) : HubLifetimeManager<THub>, IDisposable
    where THub : Hub
{
    // This node's connections, and whether the backplane knows each.
    private readonly ConcurrentDictionary<string, bool> _here = new(StringComparer.Ordinal);

    public override async Task OnConnectedAsync(HubConnectionContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await local.OnConnectedAsync(connection);
        _here[connection.ConnectionId] = false;
        if (!redis.IsConnected)
        {
            return;
        }

        try
        {
            await cluster.OnConnectedAsync(connection);
            _here[connection.ConnectionId] = true;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            LogBackplaneUnavailable(e, connection.ConnectionId);
        }
    }

    public override async Task OnDisconnectedAsync(HubConnectionContext connection)
    {
        ArgumentNullException.ThrowIfNull(connection);
        await local.OnDisconnectedAsync(connection);
        if (_here.TryRemove(connection.ConnectionId, out var onBackplane) && onBackplane)
        {
            try
            {
                await cluster.OnDisconnectedAsync(connection);
            }
            catch (Exception e) when (e is RedisException or TimeoutException)
            {
                LogBackplaneUnavailable(e, connection.ConnectionId);
            }
        }
    }

    public override Task AddToGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        local.AddToGroupAsync(connectionId, groupName, cancellationToken);

    public override Task RemoveFromGroupAsync(string connectionId, string groupName, CancellationToken cancellationToken = default) =>
        local.RemoveFromGroupAsync(connectionId, groupName, cancellationToken);

    public override Task SendGroupAsync(string groupName, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        local.SendGroupAsync(groupName, methodName, args, cancellationToken);

    public override Task SendGroupsAsync(IReadOnlyList<string> groupNames, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        local.SendGroupsAsync(groupNames, methodName, args, cancellationToken);

    public override Task SendGroupExceptAsync(
        string groupName, string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        local.SendGroupExceptAsync(groupName, methodName, args, excludedConnectionIds, cancellationToken);

    public override Task SendAllAsync(string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        cluster.SendAllAsync(methodName, args, cancellationToken);

    public override Task SendAllExceptAsync(string methodName, object?[] args, IReadOnlyList<string> excludedConnectionIds, CancellationToken cancellationToken = default) =>
        cluster.SendAllExceptAsync(methodName, args, excludedConnectionIds, cancellationToken);

    public override Task SendConnectionAsync(string connectionId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        _here.ContainsKey(connectionId) || !redis.IsConnected
            ? local.SendConnectionAsync(connectionId, methodName, args, cancellationToken)
            : cluster.SendConnectionAsync(connectionId, methodName, args, cancellationToken);

    public override Task SendConnectionsAsync(IReadOnlyList<string> connectionIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        cluster.SendConnectionsAsync(connectionIds, methodName, args, cancellationToken);

    public override Task SendUserAsync(string userId, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        cluster.SendUserAsync(userId, methodName, args, cancellationToken);

    public override Task SendUsersAsync(IReadOnlyList<string> userIds, string methodName, object?[] args, CancellationToken cancellationToken = default) =>
        cluster.SendUsersAsync(userIds, methodName, args, cancellationToken);

    public void Dispose() => cluster.Dispose();

    [LoggerMessage(Level = LogLevel.Warning, Message = "Connection {ConnectionId}: the Redis backplane is unavailable; served by this node only")]
    private partial void LogBackplaneUnavailable(Exception exception, string connectionId);
}
