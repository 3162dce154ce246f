namespace OffeneVersammlung.Engine.Views;

/// <summary>A topic's place after the reveal; totals per round, paper dots included and also shown apart.</summary>
public sealed record TopicResult(Guid TopicId, int Rank, IReadOnlyList<int> Totals, int PaperDots);
