using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Participants;

[MessagePackObject]
public sealed record HeadcountRecorded([property: Key(0)] int Count, [property: Key(1)] DateTimeOffset At) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Headcount = new Headcount(Count, At);
}
