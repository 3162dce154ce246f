using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Recommendations;

[MessagePackObject]
public sealed record RecommendationMarked([property: Key(0)] Guid TopicId, [property: Key(1)] string Sentence, [property: Key(2)] DateTimeOffset At) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Recommendations.Mark(new Recommendation(TopicId, Sentence, At));
}
