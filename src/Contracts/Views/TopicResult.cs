namespace OffeneVersammlung.Contracts.Views;

/// <summary>A topic's place after the reveal; totals per round, paper dots included and also shown apart.</summary>
public sealed record TopicResult(Guid TopicId, int Rank, IReadOnlyList<int> Totals, int PaperDots)
{
    // Methods, not properties: this record goes over the wire to phones, and a derived value is no part of it.

    /// <summary>The topic's points: the first round, the only one where every topic stood.</summary>
    public int FirstRound() => Totals.Count > 0 ? Totals[0] : 0;

    /// <summary>
    /// The dots of each run-off this topic was a finalist in, to show beside its points. A round that did
    /// not include it counts 0 in <see cref="Totals"/>, and so does a finalist nobody chose there; neither is shown.
    /// </summary>
    public IReadOnlyList<int> RunOffDots() => [.. Totals.Skip(1).Where(dots => dots > 0)];
}
