using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Engine.Templates;

/// <summary>
/// A format of assembly (Offene Versammlung, Bistro, ErzählCafé, …): which phases it runs, their
/// timeboxes and the rules for topics, voting and groups, and whether the speakers' list puts first-time
/// speakers first ("wer noch nicht gesprochen hat, zuerst"). Loaded from the seeds folder.
/// </summary>
[MessagePackObject]
public sealed record AssemblyTemplate(
    [property: Key(0)] string Id,
    [property: Key(1)] LocalizedText Name,
    [property: Key(2)] LocalizedText Description,
    [property: Key(3)] IReadOnlyList<PhasePlan> Phases,
    [property: Key(4)] VotingRules Voting,
    [property: Key(5)] GroupRules Groups,
    [property: Key(6)] bool ModerateTopics,
    [property: Key(7)] bool FirstTimeSpeakersFirst = false)
{
    /// <summary>Stands in before an assembly is created, so the state never holds a null template.</summary>
    public static AssemblyTemplate Empty { get; } = new(
        "empty", LocalizedText.Of(), LocalizedText.Of(), [], new VotingRules(1, 1), new GroupRules(1, 1, 1), false);

    public bool Includes(Phase phase) => Phases.Any(p => p.Phase == phase);

    public PhasePlan? PlanFor(Phase phase) => Phases.FirstOrDefault(p => p.Phase == phase);
}
