using MessagePack;

namespace OffeneVersammlung.Engine.GroupSpaces;

[MessagePackObject]
public sealed record MeetingDateRemoved([property: Key(0)] Guid DateId) : GroupSpaceEvent
{
    internal override void ApplyTo(GroupSpaceState state) => state.Dates.RemoveAll(d => d.Id == DateId);
}
