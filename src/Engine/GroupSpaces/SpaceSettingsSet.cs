using MessagePack;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>What the members decided about the space as a whole: whether its profile is public, and how long it is kept after its last entry.</summary>
[MessagePackObject]
public sealed record SpaceSettingsSet([property: Key(0)] bool IsPublic, [property: Key(1)] int RetentionMonths) : GroupSpaceEvent
{
    internal override void ApplyTo(GroupSpaceState state)
    {
        state.IsPublic = IsPublic;
        state.RetentionMonths = RetentionMonths;
    }
}
