namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>A topic that has a group; rank and dots only once the results are revealed.</summary>
internal sealed record MapTopic(Guid Id, int Number, string Text, int? Rank, int? Dots);
