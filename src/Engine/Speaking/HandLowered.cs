using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

/// <summary>A hand goes down: lowered by its owner, or taken off the list by the facilitator.</summary>
[MessagePackObject]
public sealed record HandLowered([property: Key(0)] Guid ParticipantId, [property: Key(1)] bool ByFacilitator) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Speakers.Lower(ParticipantId);
}
