using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Timers;

/// <summary>Adds time to the countdown; a negative value shortens it.</summary>
public sealed record ExtendTimer(Guid CommandId, int Seconds) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        var timer = context.State.Timer;
        if (!timer.IsSet)
        {
            return Refuse(RefusalCode.NoTimerSet);
        }

        var newDuration = timer.Duration.TotalSeconds + Seconds;
        return Seconds == 0 || newDuration < 1 || newDuration > TimerLimits.MaxSeconds
            ? Refuse(RefusalCode.ValueOutOfRange, nameof(Seconds))
            : Accept(new TimerExtended(Seconds));
    }
}
