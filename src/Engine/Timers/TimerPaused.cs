using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Timers;

[MessagePackObject]
public sealed record TimerPaused([property: Key(0)] DateTimeOffset At) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Timer = state.Timer.PausedAt(At);
}
