using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Clustering;

[MessagePackObject]
public sealed record TopicClustered([property: Key(0)] Guid TopicId, [property: Key(1)] Guid? ClusterId) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.TopicsById[TopicId].ClusterId = ClusterId;
}
