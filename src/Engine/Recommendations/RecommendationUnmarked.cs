using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Recommendations;

[MessagePackObject]
public sealed record RecommendationUnmarked([property: Key(0)] Guid TopicId) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Recommendations.Unmark(TopicId);
}
