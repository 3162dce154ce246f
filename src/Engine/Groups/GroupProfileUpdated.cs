using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Groups;

[MessagePackObject]
public sealed record GroupProfileUpdated([property: Key(0)] Guid GroupId, [property: Key(1)] GroupProfile Profile) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) => state.GroupsById[GroupId].Profile = Profile;
}
