using System.Diagnostics.CodeAnalysis;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Assemblies;

/// <summary>
/// What a command may look at while deciding: the state (read only by convention), who asks, and
/// when; plus the checks most commands open with, so each rule reads as its own special part.
/// </summary>
internal sealed record DecisionContext(AssemblyState State, Actor Actor, DateTimeOffset Now, PhaseMachine Phases)
{
    /// <summary>A refusal unless the facilitator asks.</summary>
    public Decision? UnlessFacilitator() => Actor.IsFacilitator ? null : Decision.Refuse(RefusalCode.NotAllowedForRole);

    /// <summary>A refusal unless the assembly is in one of <paramref name="phases"/>.</summary>
    public Decision? UnlessIn(params Phase[] phases) =>
        phases.Contains(State.Phase) ? null : Decision.Refuse(RefusalCode.WrongPhase, State.Phase.ToString());

    /// <summary>
    /// Finds the participant a command is about and checks that the asker may act for them: they
    /// themself, or the facilitator for someone on paper.
    /// </summary>
    public bool TrySpeakFor(Guid participantId, [NotNullWhen(true)] out Participant? participant, [NotNullWhen(false)] out Decision? refused)
    {
        participant = State.FindParticipant(participantId);
        refused = participant is null ? Decision.Refuse(RefusalCode.UnknownParticipant)
            : Actor.MaySpeakFor(participant) ? null
            : Decision.Refuse(RefusalCode.NotAllowedForRole);
        return refused is null;
    }
}
