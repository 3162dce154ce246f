using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.Tests.Infrastructure;

/// <summary>Stand-in until the SQLite event store is merged; keeps streams in memory with the same contract.</summary>
internal sealed class TemporaryEventStore : IEventStore
{
    private readonly ConcurrentDictionary<string, List<StoredEvent>> _streams = new();

    public Task AppendAsync(string streamId, long expectedVersion, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        var stream = _streams.GetOrAdd(streamId, _ => []);
        lock (stream)
        {
            if (stream.Count != expectedVersion)
            {
                throw new ConcurrencyConflictException(streamId, expectedVersion, stream.Count);
            }

            stream.AddRange(events);
        }

        return Task.CompletedTask;
    }

    public async IAsyncEnumerable<StoredEvent> ReadAsync(string streamId, long fromVersion = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await Task.Yield();
        if (!_streams.TryGetValue(streamId, out var stream))
        {
            yield break;
        }

        StoredEvent[] copy;
        lock (stream)
        {
            copy = [.. stream.Where(e => e.Version >= fromVersion)];
        }

        foreach (var e in copy)
        {
            yield return e;
        }
    }

    public Task<long> GetVersionAsync(string streamId, CancellationToken cancellationToken = default) =>
        Task.FromResult(_streams.TryGetValue(streamId, out var s) ? (long)s.Count : 0);

    public Task<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<string>>([.. _streams.Keys]);

    public Task DeleteStreamAsync(string streamId, CancellationToken cancellationToken = default)
    {
        _streams.TryRemove(streamId, out _);
        return Task.CompletedTask;
    }
}
