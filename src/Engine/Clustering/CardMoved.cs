using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Clustering;

/// <summary>A topic's card was put at a free spot of the wall, outside every area.</summary>
[MessagePackObject]
public sealed record CardMoved([property: Key(0)] Guid TopicId, [property: Key(1)] int X, [property: Key(2)] int Y) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.TopicsById[TopicId].Spot = new WallSpot(X, Y);
}
