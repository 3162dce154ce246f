using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Clustering;

[MessagePackObject]
public sealed record ClusterRemoved([property: Key(0)] Guid ClusterId) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state)
    {
        state.ClustersById.Remove(ClusterId);
        foreach (var topic in state.TopicsById.Values.Where(t => t.ClusterId == ClusterId))
        {
            topic.ClusterId = null;
        }
    }
}
