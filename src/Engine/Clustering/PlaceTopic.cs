using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Clustering;

/// <summary>Moves a topic into a cluster, or out of every cluster when <see cref="ClusterId"/> is null.</summary>
public sealed record PlaceTopic(Guid CommandId, Guid TopicId, Guid? ClusterId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (!context.Actor.IsFacilitator)
        {
            return Refuse(RefusalCode.NotAllowedForRole);
        }

        if (!ClusteringPhases.Allow(state.Phase))
        {
            return Refuse(RefusalCode.WrongPhase, state.Phase.ToString());
        }

        if (state.FindTopic(TopicId) is not { } topic)
        {
            return Refuse(RefusalCode.UnknownTopic);
        }

        if (ClusterId is { } clusterId && !state.ClustersById.ContainsKey(clusterId))
        {
            return Refuse(RefusalCode.UnknownCluster);
        }

        return topic.ClusterId == ClusterId ? Refuse(RefusalCode.ValueOutOfRange, nameof(ClusterId)) : Accept(new TopicClustered(TopicId, ClusterId));
    }
}
