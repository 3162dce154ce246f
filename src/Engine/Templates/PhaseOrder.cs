using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.Templates;

/// <summary>
/// The order phases run in when a template lists them. Not the enum's numbers: those only name a phase in
/// stored events, and a later phase such as the discussion took the next free number.
/// </summary>
public static class PhaseOrder
{
    public static IReadOnlyList<Phase> Natural { get; } =
    [
        Phase.Lobby, Phase.Welcome, Phase.CheckIn, Phase.TopicCollection, Phase.Clustering, Phase.DotVoting, Phase.Results,
        Phase.Discussion, Phase.ProjectGroups, Phase.CheckOut, Phase.Closed,
    ];

    public static int RankOf(Phase phase) => Natural.ToList().IndexOf(phase);
}
