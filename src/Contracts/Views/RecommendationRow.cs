namespace OffeneVersammlung.Contracts.Views;

/// <summary>A recommendation on the console, in the facilitator's order: the topic and its sentence.</summary>
public sealed record RecommendationRow(Guid TopicId, int TopicNumber, string TopicText, string Sentence);
