namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>A group space event with its place in the space's stream, the command that caused it and when.</summary>
public sealed record RecordedSpaceEvent(long Version, Guid CommandId, DateTimeOffset At, GroupSpaceEvent Event);
