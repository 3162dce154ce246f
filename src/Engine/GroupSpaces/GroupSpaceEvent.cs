using MessagePack;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>
/// Something that happened in a group space. Its own union, beside the assembly's: a space lives in its own stream
/// and outlives the assembly. The keys (47 to 54) are taken from the same published range as the assembly's kinds,
/// so no key ever means two things in the store; they must never be reused.
/// </summary>
[Union(47, typeof(GroupSpaceOpened))]
[Union(48, typeof(SpaceProfileEdited))]
[Union(49, typeof(FirstStepSet))]
[Union(50, typeof(MeetingDateAdded))]
[Union(51, typeof(MeetingDateRemoved))]
[Union(52, typeof(StatusEntryWritten))]
[Union(53, typeof(MemberChanged))]
[Union(54, typeof(SpaceSettingsSet))]
public abstract record GroupSpaceEvent
{
    internal abstract void ApplyTo(GroupSpaceState state);
}
