using System.Net;

namespace OffeneVersammlung.Facilitator.Throttling;

/// <summary>
/// The failed-join limit per network address (see <see cref="JoinGuard"/>): in this process on one node, shared over
/// Redis on several (<see cref="Cluster.RedisJoinGuard"/>), so a guesser's attempts count wherever the proxy sends them.
/// </summary>
public interface IJoinGuard
{
    /// <summary>Whether a join with <paramref name="code"/> from this address may be looked up now.</summary>
    ValueTask<bool> MayTryAsync(IPAddress? address, string code);

    /// <summary>A wrong code was looked up for this address.</summary>
    ValueTask RecordFailureAsync(IPAddress? address);

    /// <summary>The address has shown it knows this live code (a phone joined with it).</summary>
    ValueTask RecordKnownAsync(IPAddress? address, string code);
}
