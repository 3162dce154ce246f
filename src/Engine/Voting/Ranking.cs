using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Voting;

/// <summary>
/// Orders the visible topics by their totals, round by round: a run-off only decides among topics
/// that were level before it, so comparing the rounds in order is enough.
/// </summary>
public static class Ranking
{
    public static IReadOnlyList<RankedTopic> Of(AssemblyState state) => Of(state, state.Votes.Rounds);

    /// <summary>The ranking by the given rounds only, e.g. the revealed ones for the protocol.</summary>
    internal static IReadOnlyList<RankedTopic> Of(AssemblyState state, IReadOnlyList<VotingRound> rounds)
    {
        var scored = state.VisibleTopics
            .Select(topic => (Topic: topic, Totals: rounds.Select(r => r.Includes(topic.Id) ? r.TotalOn(topic.Id) : 0).ToArray()))
            .OrderByDescending(t => t.Totals, TotalsComparer.Instance)
            .ThenBy(t => t.Topic.Number)
            .ToList();

        var ranked = new List<RankedTopic>(scored.Count);
        for (var i = 0; i < scored.Count; i++)
        {
            var rank = i > 0 && TotalsComparer.Instance.Compare(scored[i].Totals, scored[i - 1].Totals) == 0 ? ranked[i - 1].Rank : i + 1;
            var paper = rounds.Sum(r => r.PaperDotsOn(scored[i].Topic.Id));
            ranked.Add(new RankedTopic(scored[i].Topic.Id, rank, scored[i].Totals, paper));
        }

        return ranked;
    }

    /// <summary>Groups of two or more topics that share a rank and have at least one dot.</summary>
    public static IReadOnlyList<IReadOnlyList<Guid>> Ties(IReadOnlyList<RankedTopic> ranking) =>
        ranking.Where(r => r.MainTotal > 0)
            .GroupBy(r => r.Rank)
            .Where(g => g.Count() > 1)
            .Select(g => (IReadOnlyList<Guid>)g.Select(r => r.TopicId).ToList())
            .ToList();

    private sealed class TotalsComparer : IComparer<int[]>
    {
        public static TotalsComparer Instance { get; } = new();

        public int Compare(int[]? x, int[]? y)
        {
            for (var i = 0; i < Math.Min(x!.Length, y!.Length); i++)
            {
                var byRound = x[i].CompareTo(y[i]);
                if (byRound != 0)
                {
                    return byRound;
                }
            }

            return 0;
        }
    }
}
