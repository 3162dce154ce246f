using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Clustering;

/// <summary>Moves a topic into a cluster, or out of every cluster when <see cref="ClusterId"/> is null.</summary>
public sealed record PlaceTopic(Guid CommandId, Guid TopicId, Guid? ClusterId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if ((context.UnlessFacilitator() ?? context.UnlessIn(ClusteringPhases.All)) is { } refused)
        {
            return refused;
        }

        if (state.FindTopic(TopicId) is not { } topic)
        {
            return Refuse(RefusalCode.UnknownTopic);
        }

        return (ClusterId is { } clusterId && !state.ClustersById.ContainsKey(clusterId) ? Refuse(RefusalCode.UnknownCluster) : null)
            ?? (topic.ClusterId == ClusterId ? Refuse(RefusalCode.ValueOutOfRange, nameof(ClusterId)) : null)
            ?? Accept(new TopicClustered(TopicId, ClusterId));
    }
}
