using MessagePack;

namespace OffeneVersammlung.Engine.GroupSpaces;

[MessagePackObject]
public sealed record SpaceProfileEdited([property: Key(0)] Guid MemberId, [property: Key(1)] SpaceProfile Profile) : GroupSpaceEvent
{
    internal override void ApplyTo(GroupSpaceState state) => state.Profile = Profile;
}
