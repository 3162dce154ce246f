namespace OffeneVersammlung.Engine.Recommendations;

/// <summary>A topic the assembly hands on (e.g. to the district council), with the one sentence that says what it asks for.</summary>
public sealed record Recommendation(Guid TopicId, string Sentence, DateTimeOffset MarkedAt);
