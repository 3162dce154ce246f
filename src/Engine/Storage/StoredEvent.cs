namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// One serialized event as the store keeps it: the envelope (version in the stream, the command, when,
/// and the schema version of the event kind's shape) and the data. The store never looks inside <see cref="Data"/>.
/// </summary>
public sealed record StoredEvent(long Version, Guid CommandId, DateTimeOffset RecordedAt, int SchemaVersion, ReadOnlyMemory<byte> Data);
