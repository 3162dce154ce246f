using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Timers;

/// <summary>
/// The countdown of the current phase as state, not as a ticking clock: from its duration, what had
/// elapsed before the last start, and when it last started, any screen (and a restarted server)
/// computes the same remaining time for a given instant.
/// </summary>
public sealed record PhaseTimer(TimeSpan Duration, TimeSpan ElapsedBeforeStart, DateTimeOffset? RunningSince)
{
    public static PhaseTimer None { get; } = new(TimeSpan.Zero, TimeSpan.Zero, null);

    public bool IsSet => Duration > TimeSpan.Zero;

    public bool IsRunning => RunningSince is not null;

    public TimeSpan Elapsed(DateTimeOffset now) =>
        ElapsedBeforeStart + (RunningSince is { } since && now > since ? now - since : TimeSpan.Zero);

    /// <summary>Negative once the timebox is over, so screens can show the overrun.</summary>
    public TimeSpan Remaining(DateTimeOffset now) => Duration - Elapsed(now);

    public static PhaseTimer ForPlan(PhasePlan? plan) =>
        plan?.TimeboxMinutes is { } minutes ? new PhaseTimer(TimeSpan.FromMinutes(minutes), TimeSpan.Zero, null) : None;

    internal PhaseTimer StartedAt(DateTimeOffset at) => this with { RunningSince = at };

    internal PhaseTimer PausedAt(DateTimeOffset at) => this with { ElapsedBeforeStart = Elapsed(at), RunningSince = null };
}
