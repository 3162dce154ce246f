using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

/// <summary>A participant lowers their own hand, or the facilitator takes someone off the list.</summary>
public sealed record LowerHand(Guid CommandId, Guid ParticipantId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.State.FindParticipant(ParticipantId) is null)
        {
            return Refuse(RefusalCode.UnknownParticipant);
        }

        if (!context.Actor.IsFacilitator && context.Actor.ParticipantId != ParticipantId)
        {
            return Refuse(RefusalCode.NotAllowedForRole);
        }

        return context.State.Speakers.IsWaiting(ParticipantId)
            ? Accept(new HandLowered(ParticipantId, context.Actor.IsFacilitator))
            : Refuse(RefusalCode.HandNotRaised);
    }
}
