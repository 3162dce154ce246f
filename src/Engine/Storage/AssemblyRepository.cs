using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Snapshots;

namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// Loads assemblies from their newest readable snapshot and the events after it (or by replaying every
/// event, without one), and appends what they decided (docs/decisions/0022-snapshots.md).
/// </summary>
public sealed class AssemblyRepository(IEventStore store, ISnapshotStore? snapshots = null)
{
    public const string StreamPrefix = "assembly-";

    public static string StreamOf(Guid assemblyId) => $"{StreamPrefix}{assemblyId:N}";

    /// <summary>The assembly rebuilt from its snapshot and events, or null when its stream is empty.</summary>
    public async Task<OpenAssembly?> LoadAsync(Guid assemblyId, CancellationToken cancellationToken = default) =>
        (await LoadWithSnapshotAsync(assemblyId, cancellationToken)).Assembly;

    /// <summary>
    /// The assembly and the snapshot it started from. A snapshot this build cannot read, or one whose event is
    /// not in the stream (the stream was replaced), is ignored: the events are replayed from the first.
    /// </summary>
    public async Task<LoadedAssembly> LoadWithSnapshotAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        var stream = StreamOf(assemblyId);
        var refused = false;
        if (snapshots is not null && await snapshots.ReadAsync(stream, cancellationToken) is { } stored)
        {
            OpenAssembly? fromSnapshot = null;
            try
            {
                fromSnapshot = SnapshotFormat.FromStored(stored);
            }
            catch (StoredFormatException)
            {
                refused = true;
            }

            if (fromSnapshot is not null && await ApplyTailAsync(fromSnapshot, stream, cancellationToken))
            {
                return new LoadedAssembly(fromSnapshot, stored.Version, false);
            }

            refused = true;
        }

        var assembly = new OpenAssembly();
        await foreach (var recorded in store.ReadAsync(stream, 1, cancellationToken))
        {
            assembly.Apply(EventSerializer.FromStored(recorded));
        }

        return new LoadedAssembly(assembly.Version == 0 ? null : assembly, 0, refused);
    }

    /// <summary>
    /// Stores a snapshot of the assembly as its store holds it now, built apart from any live copy (from the last
    /// snapshot and the events after it), so it never waits for the live assembly. Returns the version it holds,
    /// 0 when there is nothing newer to keep.
    /// </summary>
    public async Task<long> WriteSnapshotAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        if (snapshots is null)
        {
            return 0;
        }

        var loaded = await LoadWithSnapshotAsync(assemblyId, cancellationToken);
        if (loaded.Assembly is not { } assembly || (assembly.Version == loaded.SnapshotVersion && !loaded.SnapshotRefused))
        {
            return 0;
        }

        await snapshots.SaveAsync(StreamOf(assemblyId), SnapshotFormat.ToStored(assembly), cancellationToken);
        return assembly.Version;
    }

    /// <summary>
    /// Stores a snapshot as <see cref="WriteSnapshotAsync(Guid, CancellationToken)"/> does, but continues <paramref name="built"/>,
    /// the assembly this method returned for the same stream last time, with the events the store holds after it, instead
    /// of reading the last snapshot back and rebuilding it: a write then costs the events since the last one, not the whole
    /// evening again. Without one, or when the stream no longer holds its last event (replaced, erased), it starts from the
    /// newest snapshot. Returns the assembly as stored now, to continue next time (null when the stream is empty), and the
    /// version written (0 when nothing newer was kept). <paramref name="built"/> belongs to the caller alone and is never
    /// a live aggregate: it is built from the store only.
    /// </summary>
    public async Task<(OpenAssembly? Built, long Written)> WriteSnapshotAsync(Guid assemblyId, OpenAssembly? built, CancellationToken cancellationToken = default)
    {
        if (snapshots is null)
        {
            return (null, 0);
        }

        var stream = StreamOf(assemblyId);
        var last = built?.Version ?? 0;
        if (built is null || !await ApplyTailAsync(built, stream, cancellationToken))
        {
            var loaded = await LoadWithSnapshotAsync(assemblyId, cancellationToken);
            if (loaded.Assembly is not { } fresh)
            {
                return (null, 0);
            }

            built = fresh;
            last = loaded.SnapshotRefused ? 0 : loaded.SnapshotVersion;
        }

        if (built.Version == last)
        {
            return (built, 0);
        }

        await snapshots.SaveAsync(stream, SnapshotFormat.ToStored(built), cancellationToken);
        return (built, built.Version);
    }

    /// <summary>Applies the events after the snapshot; false when the stream does not hold the snapshot's own event.</summary>
    private async Task<bool> ApplyTailAsync(OpenAssembly assembly, string stream, CancellationToken cancellationToken)
    {
        var checkedOwn = false;
        await foreach (var recorded in store.ReadAsync(stream, assembly.Version, cancellationToken))
        {
            if (!checkedOwn)
            {
                if (recorded.Version != assembly.Version || !assembly.State.HandledCommands.Contains(recorded.CommandId))
                {
                    return false;
                }

                checkedOwn = true;
                continue;
            }

            assembly.Apply(EventSerializer.FromStored(recorded));
        }

        return checkedOwn;
    }

    /// <summary>The assembly's events in order, up to <paramref name="toVersion"/> (inclusive).</summary>
    public async IAsyncEnumerable<RecordedEvent> ReadAsync(
        Guid assemblyId, long toVersion, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var stored in store.ReadAsync(StreamOf(assemblyId), 1, cancellationToken))
        {
            if (stored.Version > toVersion)
            {
                yield break;
            }

            yield return EventSerializer.FromStored(stored);
        }
    }

    /// <summary>The assembly's events from <paramref name="fromVersion"/> (inclusive) on: what another writer appended since this one last looked.</summary>
    public async IAsyncEnumerable<RecordedEvent> ReadFromAsync(
        Guid assemblyId, long fromVersion, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var stored in store.ReadAsync(StreamOf(assemblyId), fromVersion, cancellationToken))
        {
            yield return EventSerializer.FromStored(stored);
        }
    }

    /// <summary>Every assembly with its version and when its last event happened (what retention needs).</summary>
    public async Task<IReadOnlyList<AssemblyActivity>> ListActivityAsync(CancellationToken cancellationToken = default) =>
        (await store.ListStreamActivityAsync(cancellationToken))
            .Where(s => s.StreamId.StartsWith("assembly-", StringComparison.Ordinal))
            .Select(s => (Activity: s, Parsed: Guid.TryParseExact(s.StreamId["assembly-".Length..], "N", out var id), Id: id))
            .Where(s => s.Parsed)
            .Select(s => new AssemblyActivity(s.Id, s.Activity.Version, s.Activity.LastRecordedAt))
            .ToList();

    /// <summary>Appends durably; the events are not applied here, the caller applies them once this returns.</summary>
    public Task AppendAsync(Guid assemblyId, long expectedVersion, IReadOnlyList<RecordedEvent> events, CancellationToken cancellationToken = default) =>
        store.AppendAsync(StreamOf(assemblyId), expectedVersion, events.Select(EventSerializer.ToStored).ToList(), cancellationToken);

    public async Task<IReadOnlyList<Guid>> ListAsync(CancellationToken cancellationToken = default) =>
        (await store.ListStreamsAsync(cancellationToken))
            .Where(s => s.StartsWith("assembly-", StringComparison.Ordinal))
            .Select(s => Guid.TryParseExact(s["assembly-".Length..], "N", out var id) ? id : Guid.Empty)
            .Where(id => id != Guid.Empty)
            .ToList();

    /// <summary>The assembly's version in the store, 0 when it has no events (never created, or erased).</summary>
    public Task<long> GetVersionAsync(Guid assemblyId, CancellationToken cancellationToken = default) =>
        store.GetVersionAsync(StreamOf(assemblyId), cancellationToken);

    /// <summary>Removes the assembly's snapshots, then its events: the events' deletion also empties the journal of both.</summary>
    public async Task DeleteAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        if (snapshots is not null)
        {
            await snapshots.DeleteAsync(StreamOf(assemblyId), cancellationToken);
        }

        await store.DeleteStreamAsync(StreamOf(assemblyId), cancellationToken);
    }
}
