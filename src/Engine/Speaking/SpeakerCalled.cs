using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Speaking;

/// <summary>
/// "Next": the current speaker finishes and <see cref="ParticipantId"/> speaks from <see cref="At"/> (null:
/// nobody, the list is done). The speaker is stored, not derived, so a replay never depends on the order rule.
/// </summary>
[MessagePackObject]
public sealed record SpeakerCalled([property: Key(0)] Guid? ParticipantId, [property: Key(1)] DateTimeOffset At) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.Speakers.Call(ParticipantId, At);
}
