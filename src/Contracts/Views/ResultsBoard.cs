namespace OffeneVersammlung.Contracts.Views;

/// <summary>The revealed results: the ranking and the ties a run-off could settle.</summary>
public sealed record ResultsBoard(int Round, IReadOnlyList<TopicResult> Ranking, IReadOnlyList<IReadOnlyList<Guid>> Ties);
