using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Voting;

/// <summary>The facilitator uncovers the round's totals; from then on the round is closed.</summary>
public sealed record RevealVotes(Guid CommandId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (!context.Actor.IsFacilitator)
        {
            return Refuse(RefusalCode.NotAllowedForRole);
        }

        if (state.Phase is not (Phase.DotVoting or Phase.Results))
        {
            return Refuse(RefusalCode.WrongPhase, state.Phase.ToString());
        }

        return state.Votes.Current.IsRevealed
            ? Refuse(RefusalCode.VotesAlreadyRevealed)
            : Accept(new VotesRevealed(state.Votes.Current.Number));
    }
}
