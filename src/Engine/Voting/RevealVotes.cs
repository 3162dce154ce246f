using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Voting;

/// <summary>The facilitator uncovers the round's totals; from then on the round is closed.</summary>
public sealed record RevealVotes(Guid CommandId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var round = context.State.Votes.Current;
        return context.UnlessFacilitator()
            ?? context.UnlessIn(Phase.DotVoting, Phase.Results)
            ?? (round.IsRevealed ? Refuse(RefusalCode.VotesAlreadyRevealed) : null)
            ?? Accept(new VotesRevealed(round.Number));
    }
}
