using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>The facilitator turns a knocking phone away; it may not knock again while the door asks for knocks.</summary>
public sealed record TurnAwayKnocker(Guid CommandId, Guid ParticipantId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context) =>
        context.UnlessFacilitator()
        ?? (context.State.KnocksById.ContainsKey(ParticipantId)
            ? Accept(new KnockerTurnedAway(ParticipantId))
            : Refuse(RefusalCode.UnknownKnock));
}
