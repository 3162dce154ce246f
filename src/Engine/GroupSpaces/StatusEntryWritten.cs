using MessagePack;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>An "Aktueller Stand" entry: what happened since the last one, dated, by a member.</summary>
[MessagePackObject]
public sealed record StatusEntryWritten([property: Key(0)] Guid EntryId, [property: Key(1)] Guid MemberId, [property: Key(2)] string Text, [property: Key(3)] DateTimeOffset At) : GroupSpaceEvent
{
    internal override void ApplyTo(GroupSpaceState state) => state.Entries.Add(new StatusEntry(EntryId, MemberId, Text, At));
}
