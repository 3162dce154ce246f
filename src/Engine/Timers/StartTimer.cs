using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Timers;

/// <summary>
/// Starts (or resumes) the phase countdown. With <see cref="Seconds"/> it starts afresh with that
/// duration (the 1/3/5-minute presets); without, it runs the phase's timebox or resumes a pause.
/// </summary>
public sealed record StartTimer(Guid CommandId, int? Seconds) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        var timer = context.State.Timer;
        if (Seconds is { } seconds)
        {
            return seconds is < 1 or > TimerLimits.MaxSeconds
                ? Refuse(RefusalCode.ValueOutOfRange, nameof(Seconds))
                : Accept(new TimerStarted(seconds, context.Now));
        }

        if (!timer.IsSet)
        {
            return Refuse(RefusalCode.NoTimerSet);
        }

        return timer.IsRunning ? Refuse(RefusalCode.TimerAlreadyRunning) : Accept(new TimerStarted(null, context.Now));
    }
}
