using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Participants;

[MessagePackObject]
public sealed record DoorSet([property: Key(0)] Door Door) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state)
    {
        state.Door = Door;

        // A turn-away answers one knock; once the door opens or closes, it counts no longer.
        if (Door != Door.ByApproval)
        {
            state.TurnedAwayDevices.Clear();
        }
    }
}
