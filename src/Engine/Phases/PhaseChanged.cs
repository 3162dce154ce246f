using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Timers;

namespace OffeneVersammlung.Engine.Phases;

/// <summary>The assembly moved to another phase; backward steps are recorded like forward ones.</summary>
[MessagePackObject]
public sealed record PhaseChanged(
    [property: Key(0)] Phase From,
    [property: Key(1)] Phase To,
    [property: Key(2)] PhaseTrigger Trigger,
    [property: Key(3)] DateTimeOffset At) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state)
    {
        state.Phase = To;
        state.PhaseChanges.Add(this);
        state.Timer = PhaseTimer.ForPlan(state.Template.PlanFor(To));
    }
}
