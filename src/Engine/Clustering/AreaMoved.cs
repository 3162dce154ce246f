using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Clustering;

/// <summary>A cluster's area was moved on the wall; its cards move with it.</summary>
[MessagePackObject]
public sealed record AreaMoved([property: Key(0)] Guid ClusterId, [property: Key(1)] int X, [property: Key(2)] int Y) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state)
    {
        if (state.ClustersById.TryGetValue(ClusterId, out var cluster))
        {
            cluster.Spot = new WallSpot(X, Y);
        }
    }
}
