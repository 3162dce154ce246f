using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Clustering;

/// <summary>Creates a cluster, or renames it when the id exists.</summary>
public sealed record NameCluster(Guid CommandId, Guid ClusterId, string Label) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if ((context.UnlessFacilitator() ?? context.UnlessIn(ClusteringPhases.All)) is { } refused)
        {
            return refused;
        }

        if (!state.ClustersById.ContainsKey(ClusterId) && state.IsIdTaken(ClusterId))
        {
            return Refuse(RefusalCode.DuplicateId, nameof(ClusterId));
        }

        return TextRules.TryRequired(Label, TextLimits.ClusterLabel, nameof(Label), out var label, out var refusal)
            ? Accept(new ClusterNamed(ClusterId, label))
            : refusal.AsDecision();
    }
}
