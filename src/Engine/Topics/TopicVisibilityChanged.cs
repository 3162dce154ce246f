using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Topics;

[MessagePackObject]
public sealed record TopicVisibilityChanged([property: Key(0)] Guid TopicId, [property: Key(1)] TopicVisibility Visibility) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.TopicsById[TopicId].Visibility = Visibility;
}
