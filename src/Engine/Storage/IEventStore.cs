namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// An append-only log of events per assembly stream. Appends are durable when the task completes:
/// callers acknowledge a command only after that.
/// </summary>
public interface IEventStore
{
    /// <summary>
    /// Appends <paramref name="events"/> after <paramref name="expectedVersion"/> (0 for a new stream).
    /// The events' versions must continue the stream without gaps. Throws
    /// <see cref="ConcurrencyConflictException"/> when the stream has moved on.
    /// </summary>
    Task AppendAsync(string streamId, long expectedVersion, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default);

    /// <summary>Reads a stream's events from <paramref name="fromVersion"/> (inclusive) in order.</summary>
    IAsyncEnumerable<StoredEvent> ReadAsync(string streamId, long fromVersion = 1, CancellationToken cancellationToken = default);

    /// <summary>The stream's current version, 0 when it has no events.</summary>
    Task<long> GetVersionAsync(string streamId, CancellationToken cancellationToken = default);

    /// <summary>The ids of all streams that hold events.</summary>
    Task<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default);

    /// <summary>Every stream with its version and the time its last event was recorded.</summary>
    Task<IReadOnlyList<StreamActivity>> ListStreamActivityAsync(CancellationToken cancellationToken = default);

    /// <summary>Removes a stream and every row that belongs to it (privacy: deletion is real).</summary>
    Task DeleteStreamAsync(string streamId, CancellationToken cancellationToken = default);
}
