using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Topics;

[MessagePackObject]
public sealed record TopicWithdrawn([property: Key(0)] Guid TopicId) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.TopicsById[TopicId].Withdraw();
}
