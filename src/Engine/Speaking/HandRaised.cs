using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

[MessagePackObject]
public sealed record HandRaised([property: Key(0)] Guid ParticipantId, [property: Key(1)] DateTimeOffset At) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Speakers.Raise(ParticipantId);
}
