using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

/// <summary>
/// A hand goes up: a participant's own, from their phone, or anyone's by the facilitator, who sees hands in
/// the room and may add to a closed list (the phones may not).
/// </summary>
public sealed record RaiseHand(Guid CommandId, Guid ParticipantId) : AssemblyCommand(CommandId)
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

        return HandRules.Raise(context, ParticipantId);
    }
}
