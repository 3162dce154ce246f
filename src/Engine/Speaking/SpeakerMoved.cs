using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

/// <summary>The facilitator moved someone in the list; <see cref="Position"/> counts from 0, the next speaker.</summary>
[MessagePackObject]
public sealed record SpeakerMoved([property: Key(0)] Guid ParticipantId, [property: Key(1)] int Position) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Speakers.Move(ParticipantId, Position);
}
