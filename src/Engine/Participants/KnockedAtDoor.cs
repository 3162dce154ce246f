using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>A phone asked to join while the door wanted a knock; it waits until the facilitator answers.</summary>
[MessagePackObject]
public sealed record KnockedAtDoor(
    [property: Key(0)] Guid ParticipantId,
    [property: Key(1)] string DeviceKey,
    [property: Key(2)] string? Pseudonym,
    [property: Key(3)] Presence Presence,
    [property: Key(4)] DateTimeOffset At) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) =>
        state.KnocksById.Add(ParticipantId, new Knock(ParticipantId, DeviceKey, Pseudonym, Presence, At));
}
