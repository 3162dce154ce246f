using MessagePack;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Groups;

[MessagePackObject]
public sealed record JoinedProjectGroup([property: Key(0)] Guid ParticipantId, [property: Key(1)] Guid GroupId) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state)
    {
        state.GroupsById[GroupId].Add(ParticipantId);
        state.ParticipantsById[ParticipantId].GroupId = GroupId;
    }
}
