using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Engine.Clustering;

internal static class ClusteringPhases
{
    /// <summary>Facilitators often start sorting cards while they still come in.</summary>
    public static readonly Phase[] All = [Phase.TopicCollection, Phase.Clustering];
}
