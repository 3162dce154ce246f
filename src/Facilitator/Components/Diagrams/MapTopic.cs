namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>
/// A topic that has a group; rank and dots only once the results are revealed. <see cref="Dots"/> is
/// the first round, where every topic stood; <see cref="RunOffDots"/> are a finalist's dots in later rounds.
/// </summary>
internal sealed record MapTopic(Guid Id, int Number, string Text, int? Rank, int? Dots, IReadOnlyList<int> RunOffDots);
