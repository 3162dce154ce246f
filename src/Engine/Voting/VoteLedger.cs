using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Voting;

/// <summary>All voting rounds of an assembly; the last one is the one open or last revealed.</summary>
public sealed class VoteLedger
{
    /// <summary>A run-off asks one question, "which of these?", so everyone gets a single dot.</summary>
    public const int RunOffDots = 1;

    private readonly List<VotingRound> _rounds = [];

    public IReadOnlyList<VotingRound> Rounds => _rounds;

    public VotingRound Current => _rounds[^1];

    public bool HasDotsOn(Guid topicId) => _rounds.Any(r => r.TotalOn(topicId) > 0);

    internal void OpenFirstRound(VotingRules rules) => _rounds.Add(new VotingRound(1, rules.DotsPerPerson, rules.MaxDotsPerTopic, null));

    internal void Restore(VotingRound round) => _rounds.Add(round);

    internal void OpenRunOff(int number, IReadOnlyCollection<Guid> topics) => _rounds.Add(new VotingRound(number, RunOffDots, RunOffDots, topics));
}
