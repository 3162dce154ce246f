using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Participants;

[MessagePackObject]
public sealed record ParticipantJoined(
    [property: Key(0)] Guid ParticipantId,
    [property: Key(1)] string? DeviceKey,
    [property: Key(2)] string? Pseudonym,
    [property: Key(3)] Presence Presence,
    [property: Key(4)] Channel Channel,
    [property: Key(5)] DateTimeOffset At) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state)
    {
        var participant = new Participant(ParticipantId, state.ParticipantsById.Count + 1, Pseudonym, state.ShownNameFor(Pseudonym), Presence, Channel, DeviceKey);
        state.ParticipantsById.Add(ParticipantId, participant);
        if (DeviceKey is not null)
        {
            state.ParticipantsByDevice.Add(DeviceKey, ParticipantId);

            // Let in at the door, or joined on its own once the door opened: either way no longer waiting.
            if (state.FindKnockByDevice(DeviceKey) is { } knock)
            {
                state.KnocksById.Remove(knock.ParticipantId);
            }
        }
    }
}
