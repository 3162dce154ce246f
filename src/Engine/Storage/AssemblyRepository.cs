using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Serialization;

namespace OffeneVersammlung.Engine.Storage;

/// <summary>Loads assemblies by replaying their stream and appends what they decided.</summary>
public sealed class AssemblyRepository(IEventStore store)
{
    public static string StreamOf(Guid assemblyId) => $"assembly-{assemblyId:N}";

    /// <summary>The assembly rebuilt from its events, or null when its stream is empty.</summary>
    public async Task<OpenAssembly?> LoadAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        var assembly = new OpenAssembly();
        await foreach (var stored in store.ReadAsync(StreamOf(assemblyId), 1, cancellationToken))
        {
            assembly.Apply(EventSerializer.FromStored(stored));
        }

        return assembly.Version == 0 ? null : assembly;
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

    public Task DeleteAsync(Guid assemblyId, CancellationToken cancellationToken = default) =>
        store.DeleteStreamAsync(StreamOf(assemblyId), cancellationToken);
}
