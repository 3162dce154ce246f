namespace OffeneVersammlung.Engine.Storage;

/// <summary>An assembly in the store: its version and when its last event happened.</summary>
public sealed record AssemblyActivity(Guid AssemblyId, long Version, DateTimeOffset LastEventAt);
