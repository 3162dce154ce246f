using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Voting;

/// <summary>
/// The facilitator counts the sticky dots on a paper card and adds them (or corrects a miscount
/// with a negative number). These dots belong to nobody in particular and are marked as paper.
/// </summary>
public sealed record AdjustPaperDots(Guid CommandId, Guid TopicId, int Delta) : AssemblyCommand(CommandId)
{
    public const int MaxDeltaAtOnce = 500;

    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (!context.Actor.IsFacilitator)
        {
            return Refuse(RefusalCode.NotAllowedForRole);
        }

        if (VotingGate.Check(state, TopicId) is { } refusal)
        {
            return Decision.Refuse(refusal.Code, refusal.Detail);
        }

        if (Delta == 0 || Math.Abs(Delta) > MaxDeltaAtOnce)
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(Delta));
        }

        var round = state.Votes.Current;
        return round.PaperDotsOn(TopicId) + Delta < 0
            ? Refuse(RefusalCode.PaperDotsCannotGoBelowZero)
            : Accept(new PaperDotsAdjusted(TopicId, Delta, round.Number));
    }
}
