using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Topics;

[MessagePackObject]
public sealed record TopicsMerged([property: Key(0)] Guid DuplicateTopicId, [property: Key(1)] Guid IntoTopicId) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) =>
        state.TopicsById[IntoTopicId].Absorb(state.TopicsById[DuplicateTopicId]);
}
