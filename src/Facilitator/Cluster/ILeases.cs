namespace OffeneVersammlung.Facilitator.Cluster;

/// <summary>
/// Work that must run on one node at a time (the retention sweep): the node that holds the lease does
/// it, the others skip that round. A lease ends by itself after its time, so a killed node blocks nobody for long.
/// </summary>
public interface ILeases
{
    /// <summary>Takes or renews the lease <paramref name="name"/> for <paramref name="duration"/>; false when another node holds it or no one can tell.</summary>
    Task<bool> TryHoldAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default);
}
