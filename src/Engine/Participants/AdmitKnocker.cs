using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>
/// The facilitator lets a knocking phone in. It joins as it knocked (same participant id, device,
/// pseudonym and presence), so the phone, asking again, finds itself already in.
/// </summary>
public sealed record AdmitKnocker(Guid CommandId, Guid ParticipantId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context) =>
        context.UnlessFacilitator()
        ?? (context.State.KnocksById.TryGetValue(ParticipantId, out var knock)
            ? Accept(new ParticipantJoined(knock.ParticipantId, knock.DeviceKey, knock.Pseudonym, knock.Presence, Channel.Phone, context.Now))
            : Refuse(RefusalCode.UnknownKnock));
}
