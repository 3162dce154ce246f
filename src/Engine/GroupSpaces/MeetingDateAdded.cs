using MessagePack;

namespace OffeneVersammlung.Engine.GroupSpaces;

[MessagePackObject]
public sealed record MeetingDateAdded([property: Key(0)] Guid DateId, [property: Key(1)] DateTimeOffset At, [property: Key(2)] string? Place) : GroupSpaceEvent
{
    internal override void ApplyTo(GroupSpaceState state) => state.Dates.Add(new MeetingDate(DateId, At, Place));
}
