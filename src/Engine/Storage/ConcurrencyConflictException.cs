namespace OffeneVersammlung.Engine.Storage;

public sealed class ConcurrencyConflictException(string streamId, long expectedVersion, long actualVersion)
    : Exception($"Stream '{streamId}' is at version {actualVersion}, expected {expectedVersion}.")
{
    public string StreamId { get; } = streamId;
    public long ExpectedVersion { get; } = expectedVersion;
    public long ActualVersion { get; } = actualVersion;
}
