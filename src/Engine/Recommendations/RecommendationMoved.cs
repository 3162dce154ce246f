using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Recommendations;

[MessagePackObject]
public sealed record RecommendationMoved([property: Key(0)] Guid TopicId, [property: Key(1)] int Position) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Recommendations.Move(TopicId, Position);
}
