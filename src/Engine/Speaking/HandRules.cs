using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

/// <summary>When a hand may go up, for a phone's hand and for one the facilitator adds by name.</summary>
internal static class HandRules
{
    public static Decision? RefusalToRaise(DecisionContext context, Guid participantId)
    {
        var list = context.State.Speakers;
        return !list.IsOpen && !context.Actor.IsFacilitator ? Decision.Refuse(RefusalCode.SpeakersListClosed)
            : list.IsWaiting(participantId) ? Decision.Refuse(RefusalCode.HandAlreadyRaised)
            : list.Current == participantId ? Decision.Refuse(RefusalCode.AlreadySpeaking)
            : null;
    }

    public static Decision Raise(DecisionContext context, Guid participantId) =>
        RefusalToRaise(context, participantId) ?? Decision.Accept([new HandRaised(participantId, context.Now)]);
}
