using MessagePack;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Groups;

[MessagePackObject]
public sealed record ProjectGroupCreated([property: Key(0)] Guid GroupId, [property: Key(1)] Guid? TopicId, [property: Key(2)] GroupProfile Profile) : AssemblyEvent
{
    internal override void ApplyTo(AssemblyState state) =>
        state.GroupsById.Add(GroupId, new ProjectGroup(GroupId, state.GroupsById.Count + 1, TopicId, Profile));
}
