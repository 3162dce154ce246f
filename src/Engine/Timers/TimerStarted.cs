using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Timers;

[MessagePackObject]
public sealed record TimerStarted([property: Key(0)] int? DurationSeconds, [property: Key(1)] DateTimeOffset At) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) =>
        state.Timer = DurationSeconds is { } seconds
            ? new PhaseTimer(TimeSpan.FromSeconds(seconds), TimeSpan.Zero, At)
            : state.Timer.StartedAt(At);
}
