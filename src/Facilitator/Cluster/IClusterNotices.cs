namespace OffeneVersammlung.Facilitator.Cluster;

/// <summary>
/// Tells the other nodes that this one wrote to an assembly's stream, so they catch up from the store
/// (decision 0021). Only a hint: the store stays the truth, a lost notice is healed by the next one or
/// by the resync after a lost backplane, and a node that decides on stale state finds out at the append.
/// </summary>
public interface IClusterNotices
{
    /// <summary>This node appended; the stream is now at <paramref name="version"/>. Must not wait for the network.</summary>
    void Appended(Guid assemblyId, long version);

    /// <summary>This node erased the assembly.</summary>
    void Deleted(Guid assemblyId);
}
