using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Clustering;

/// <summary>Moves a cluster's area on the wall (its top-left corner); its cards go with it.</summary>
public sealed record MoveArea(Guid CommandId, Guid ClusterId, int X, int Y) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if ((context.UnlessFacilitator() ?? context.UnlessIn(ClusteringPhases.All)) is { } refused)
        {
            return refused;
        }

        if (!state.ClustersById.TryGetValue(ClusterId, out var cluster))
        {
            return Refuse(RefusalCode.UnknownCluster);
        }

        if (!WallLayout.FitsArea(X, Y))
        {
            return Refuse(RefusalCode.ValueOutOfRange, X < 0 || X > WallLimits.Extent - WallLayout.AreaWidth ? nameof(X) : nameof(Y));
        }

        return cluster.Spot == new WallSpot(X, Y)
            ? Refuse(RefusalCode.ValueOutOfRange, nameof(X))
            : Accept(new AreaMoved(ClusterId, X, Y));
    }
}
