using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>
/// The facilitator adds someone without a phone. From then on the facilitator checks them in,
/// casts their paper dots and places them in a group, and they count like everyone else.
/// </summary>
public sealed record AddPaperParticipant(Guid CommandId, Guid ParticipantId, string? Name, Presence Presence) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        if (state.IsIdTaken(ParticipantId))
        {
            return Refuse(RefusalCode.DuplicateId, nameof(ParticipantId));
        }

        if (!Enum.IsDefined(Presence))
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(Presence));
        }

        return TextRules.TryPseudonym(Name, nameof(Name), out var name, out var refusal)
            ? Accept(new ParticipantJoined(ParticipantId, null, name, Presence, Channel.Paper, context.Now))
            : refusal.AsDecision();
    }
}
