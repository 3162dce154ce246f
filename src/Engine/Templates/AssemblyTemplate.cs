namespace OffeneVersammlung.Engine.Templates;

/// <summary>
/// A format of assembly (Offene Versammlung, Bistro, ErzählCafé, …): which phases it runs, their
/// timeboxes and the rules for topics, voting and groups. Loaded from the seeds folder.
/// </summary>
public sealed record AssemblyTemplate(
    string Id,
    LocalizedText Name,
    LocalizedText Description,
    IReadOnlyList<PhasePlan> Phases,
    VotingRules Voting,
    GroupRules Groups,
    bool ModerateTopics);
