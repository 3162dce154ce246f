using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>Loads group spaces from their own streams (<c>groupspace-{id}</c>, beside the assemblies') and appends what they decided.</summary>
public sealed class GroupSpaceRepository(IEventStore store)
{
    public const string Prefix = "groupspace-";

    public static string StreamOf(Guid spaceId) => $"{Prefix}{spaceId:N}";

    /// <summary>The space rebuilt from its events; an empty space (not opened) when its stream is empty.</summary>
    public async Task<GroupSpace> LoadAsync(Guid spaceId, CancellationToken cancellationToken = default)
    {
        var space = new GroupSpace();
        await foreach (var stored in store.ReadAsync(StreamOf(spaceId), 1, cancellationToken))
        {
            space.Apply(SpaceEventSerializer.FromStored(stored));
        }

        return space;
    }

    public Task AppendAsync(Guid spaceId, long expectedVersion, IReadOnlyList<RecordedSpaceEvent> events, CancellationToken cancellationToken = default) =>
        store.AppendAsync(StreamOf(spaceId), expectedVersion, events.Select(SpaceEventSerializer.ToStored).ToList(), cancellationToken);

    /// <summary>Every space with when its last event happened (what its retention needs).</summary>
    public async Task<IReadOnlyList<(Guid SpaceId, DateTimeOffset LastEventAt)>> ListActivityAsync(CancellationToken cancellationToken = default) =>
        (await store.ListStreamActivityAsync(cancellationToken))
            .Where(s => s.StreamId.StartsWith(Prefix, StringComparison.Ordinal) && Guid.TryParseExact(s.StreamId[Prefix.Length..], "N", out _))
            .Select(s => (Guid.ParseExact(s.StreamId[Prefix.Length..], "N"), s.LastRecordedAt))
            .ToList();

    public Task DeleteAsync(Guid spaceId, CancellationToken cancellationToken = default) => store.DeleteStreamAsync(StreamOf(spaceId), cancellationToken);
}
