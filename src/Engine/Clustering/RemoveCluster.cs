using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Clustering;

/// <summary>Dissolves a cluster; its topics stay on the board, unsorted.</summary>
public sealed record RemoveCluster(Guid CommandId, Guid ClusterId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context) =>
        context.UnlessFacilitator()
        ?? context.UnlessIn(ClusteringPhases.All)
        ?? (context.State.ClustersById.ContainsKey(ClusterId) ? Accept(new ClusterRemoved(ClusterId)) : Refuse(RefusalCode.UnknownCluster));
}
