namespace OffeneVersammlung.Engine.Voting;

/// <summary>
/// A topic's place in the results. <see cref="Totals"/> has one entry per round (0 where a run-off
/// did not include it); equal totals everywhere mean equal rank, that is, a tie.
/// </summary>
public sealed record RankedTopic(Guid TopicId, int Rank, IReadOnlyList<int> Totals, int PaperDots)
{
    public int MainTotal => Totals[0];
}
