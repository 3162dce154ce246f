namespace OffeneVersammlung.Contracts.Views;

/// <summary>The open round's rules and progress; no count per topic until the reveal.</summary>
public sealed record VotingStatus(
    int Round,
    bool IsRunOff,
    IReadOnlyList<Guid>? RunOffTopics,
    int DotsPerPerson,
    int MaxDotsPerTopic,
    bool IsRevealed,
    int VoterCount);
