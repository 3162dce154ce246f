namespace OffeneVersammlung.Facilitator.Cluster;

/// <summary>One node alone (the default, and the laptop in the community centre): nobody else to tell.</summary>
public sealed class SingleNode : IClusterNotices
{
    public void Appended(Guid assemblyId, long version)
    {
    }

    public void Deleted(Guid assemblyId)
    {
    }
}
