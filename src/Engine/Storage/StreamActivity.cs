namespace OffeneVersammlung.Engine.Storage;

/// <summary>A stream's version and when its last event was recorded.</summary>
public sealed record StreamActivity(string StreamId, long Version, DateTimeOffset LastRecordedAt);
