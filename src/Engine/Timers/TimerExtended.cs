using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Timers;

[MessagePackObject]
public sealed record TimerExtended([property: Key(0)] int Seconds) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) =>
        state.Timer = state.Timer with { Duration = state.Timer.Duration + TimeSpan.FromSeconds(Seconds) };
}
