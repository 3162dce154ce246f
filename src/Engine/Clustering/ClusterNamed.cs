using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Clustering;

[MessagePackObject]
public sealed record ClusterNamed([property: Key(0)] Guid ClusterId, [property: Key(1)] string Label) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state)
    {
        if (state.ClustersById.TryGetValue(ClusterId, out var cluster))
        {
            cluster.Label = Label;
            return;
        }

        state.ClustersById.Add(ClusterId, new Cluster(ClusterId, state.ClustersById.Count + 1, Label));
    }
}
