using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Speaking;

/// <summary>
/// The facilitator puts someone without a phone on the list by name (or without one): they join on paper,
/// as <see cref="AddPaperParticipant"/> adds them, and their hand goes up in the same step. Someone already
/// on paper is put on the list with <see cref="RaiseHand"/>.
/// </summary>
public sealed record AddSpeakerByName(Guid CommandId, Guid ParticipantId, string? Name, Presence Presence) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        if (context.State.IsIdTaken(ParticipantId))
        {
            return Refuse(RefusalCode.DuplicateId, nameof(ParticipantId));
        }

        if (!Enum.IsDefined(Presence))
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(Presence));
        }

        return TextRules.TryPseudonym(Name, nameof(Name), out var name, out var refusal)
            ? Accept(
                new ParticipantJoined(ParticipantId, null, name, Presence, Channel.Paper, context.Now),
                new HandRaised(ParticipantId, context.Now))
            : refusal.AsDecision();
    }
}
