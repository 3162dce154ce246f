namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// Keeps the newest snapshot of each stream beside its events (docs/decisions/0022-snapshots.md). A snapshot
/// is a cache: losing one costs a longer replay, never an event.
/// </summary>
public interface ISnapshotStore
{
    /// <summary>The stream's newest snapshot, null when it has none.</summary>
    Task<StoredSnapshot?> ReadAsync(string streamId, CancellationToken cancellationToken = default);

    /// <summary>
    /// Keeps <paramref name="snapshot"/> unless a newer one is kept already, and only while the stream holds the
    /// event at the snapshot's version: a snapshot written while its stream was deleted is not kept.
    /// </summary>
    Task SaveAsync(string streamId, StoredSnapshot snapshot, CancellationToken cancellationToken = default);

    /// <summary>Removes the stream's snapshots (privacy: with its events).</summary>
    Task DeleteAsync(string streamId, CancellationToken cancellationToken = default);
}
