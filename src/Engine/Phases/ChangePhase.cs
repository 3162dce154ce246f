using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Phases;

/// <summary>
/// The facilitator moves the assembly: forward, one step back (undo), back to topic collection, or
/// straight to the close. Guards in the phase machine say why a move makes no sense right now.
/// </summary>
public sealed record ChangePhase(Guid CommandId, PhaseTrigger Trigger) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        if (Trigger == PhaseTrigger.RunOff)
        {
            // A run-off needs the tied topics; StartRunOff carries them.
            return Refuse(RefusalCode.TransitionNotAllowed, nameof(PhaseTrigger.RunOff));
        }

        return context.Phases.TryFind(Trigger, out var destination, out var refusal)
            ? Accept(new PhaseChanged(context.State.Phase, destination, Trigger, context.Now))
            : refusal.AsDecision();
    }
}
