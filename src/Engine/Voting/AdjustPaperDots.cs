using OffeneVersammlung.Contracts;
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
        var round = context.State.Votes.Current;
        return context.UnlessFacilitator()
            ?? VotingGate.Check(context.State, TopicId)?.AsDecision()
            ?? (Delta is 0 or > MaxDeltaAtOnce or < -MaxDeltaAtOnce ? Refuse(RefusalCode.ValueOutOfRange, nameof(Delta)) : null)
            ?? (round.PaperDotsOn(TopicId) + Delta < 0 ? Refuse(RefusalCode.PaperDotsCannotGoBelowZero) : null)
            ?? Accept(new PaperDotsAdjusted(TopicId, Delta, round.Number));
    }
}
