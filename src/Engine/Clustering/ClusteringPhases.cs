using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Engine.Clustering;

internal static class ClusteringPhases
{
    /// <summary>Facilitators often start sorting cards while they still come in.</summary>
    public static bool Allow(Phase phase) => phase is Phase.TopicCollection or Phase.Clustering;
}
