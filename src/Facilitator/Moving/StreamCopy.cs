using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.Moving;

/// <summary>
/// Copies one stream's rows unchanged (same versions, command ids, times, schema versions and bytes: both stores keep
/// the same columns, decision 0020) and checks the copy: read back, event by event, and replayed on both sides to the
/// same state (<see cref="ReplayFingerprint"/>). A target that already holds the stream's first events (a move that
/// was interrupted) gets the rest; one that holds anything else is refused, never overwritten.
/// </summary>
public static class StreamCopy
{
    // Each batch is one transaction: an interrupted move leaves whole batches, which the next run continues.
    private const int BatchSize = 1_000;

    public static async Task<StreamCopyResult> CopyAsync(IEventStore from, IEventStore to, string streamId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var source = await ReadAllAsync(from, streamId, cancellationToken);
        var target = await ReadAllAsync(to, streamId, cancellationToken);
        if (FirstDifference(source, target) is { } differs)
        {
            return StreamCopyResult.Refused(source.Count, $"the target holds other events (first at version {differs}); nothing was overwritten");
        }

        for (var copied = target.Count; copied < source.Count; copied += BatchSize)
        {
            var batch = source.Skip(copied).Take(BatchSize).ToList();
            await to.AppendAsync(streamId, copied, batch, cancellationToken);
        }

        var how = target.Count == 0 ? "copied" : target.Count == source.Count ? StreamCopyResult.AlreadyThere : $"continued after version {target.Count}";
        var stored = await ReadAllAsync(to, streamId, cancellationToken);
        if (stored.Count != source.Count || FirstDifference(source, stored) is not null)
        {
            return StreamCopyResult.Refused(source.Count, "the target's events differ from the source's after the copy");
        }

        return Verify(streamId, source, stored) is { } problem ? StreamCopyResult.Refused(source.Count, problem) : StreamCopyResult.Done(source.Count, how);
    }

    /// <summary>Replays both sides; null when they reach the same state.</summary>
    private static string? Verify(string streamId, IReadOnlyList<StoredEvent> source, IReadOnlyList<StoredEvent> target)
    {
        try
        {
            var expected = ReplayFingerprint.Of(streamId, source);
            var actual = ReplayFingerprint.Of(streamId, target);
            return expected is null || actual is null || expected.AsSpan().SequenceEqual(actual) ? null : "the target replays to another state";
        }
        catch (StoredFormatException e)
        {
            return $"does not replay: {e.Message}";
        }
    }

    /// <summary>The first version at which <paramref name="target"/> is not a prefix of <paramref name="source"/>, null when it is one.</summary>
    private static long? FirstDifference(IReadOnlyList<StoredEvent> source, IReadOnlyList<StoredEvent> target)
    {
        for (var i = 0; i < target.Count; i++)
        {
            if (i >= source.Count || !Same(source[i], target[i]))
            {
                return target[i].Version;
            }
        }

        return null;
    }

    private static bool Same(StoredEvent a, StoredEvent b) =>
        a.Version == b.Version
        && a.CommandId == b.CommandId
        && a.RecordedAt.UtcTicks == b.RecordedAt.UtcTicks
        && a.RecordedAt.Offset == b.RecordedAt.Offset
        && a.SchemaVersion == b.SchemaVersion
        && a.Data.Span.SequenceEqual(b.Data.Span);

    private static async Task<IReadOnlyList<StoredEvent>> ReadAllAsync(IEventStore store, string streamId, CancellationToken cancellationToken)
    {
        var events = new List<StoredEvent>();
        await foreach (var stored in store.ReadAsync(streamId, 1, cancellationToken))
        {
            events.Add(stored);
        }

        return events;
    }
}
