namespace OffeneVersammlung.Engine.Storage;

/// <summary>An assembly's state as of <see cref="Version"/> (its events up to and including it), as the snapshot store keeps it.</summary>
public sealed record StoredSnapshot(long Version, int SchemaVersion, ReadOnlyMemory<byte> Data);
