using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Clustering;

/// <summary>Dissolves a cluster; its topics stay on the board, unsorted.</summary>
public sealed record RemoveCluster(Guid CommandId, Guid ClusterId) : AssemblyCommand(CommandId)
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

        return state.ClustersById.ContainsKey(ClusterId) ? Accept(new ClusterRemoved(ClusterId)) : Refuse(RefusalCode.UnknownCluster);
    }
}
