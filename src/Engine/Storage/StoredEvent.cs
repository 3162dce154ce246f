namespace OffeneVersammlung.Engine.Storage;

/// <summary>One serialized event as the store keeps it; the store never looks inside <see cref="Data"/>.</summary>
public sealed record StoredEvent(long Version, Guid CommandId, DateTimeOffset RecordedAt, ReadOnlyMemory<byte> Data);
