using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Participants;

[MessagePackObject]
public sealed record KnockerTurnedAway([property: Key(0)] Guid ParticipantId) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state)
    {
        if (state.KnocksById.Remove(ParticipantId, out var knock))
        {
            state.TurnedAwayDevices.Add(knock.DeviceKey);
        }
    }
}
