using Microsoft.Data.Sqlite;
using Npgsql;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.GroupSpaces;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Moving;

/// <summary>
/// A store opened for a move: its events and every host table a running host needs (access records, announcement
/// links, group-space links), the same implementations the host itself uses on that store. Snapshots are not moved:
/// they are a cache, and the host writes new ones (decision 0022).
/// </summary>
public sealed class MoveEnd : IAsyncDisposable
{
    private readonly IAsyncDisposable? _owned;

    private MoveEnd(StoreAddress address, IEventStore events, IAccessStore access, IAnnouncementLinks announcements, IGroupSpaceLinks groupSpaces, IAsyncDisposable? owned)
    {
        Address = address;
        Events = events;
        Access = access;
        Announcements = announcements;
        GroupSpaces = groupSpaces;
        _owned = owned;
    }

    public StoreAddress Address { get; }

    public IEventStore Events { get; }

    public IAccessStore Access { get; }

    public IAnnouncementLinks Announcements { get; }

    public IGroupSpaceLinks GroupSpaces { get; }

    /// <summary>Opens the store; <paramref name="mustExist"/> refuses a SQLite file that is not there (a source, never created by a typo).</summary>
    public static MoveEnd Open(StoreAddress address, bool mustExist)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.Kind == StorageKind.PostgreSQL)
        {
            var source = NpgsqlDataSource.Create(address.Location);
            return new MoveEnd(
                address, new PostgresEventStore(source), new PostgresAccessStore(source), new PostgresAnnouncementLinks(source), new PostgresGroupSpaceLinks(source), source);
        }

        if (mustExist && !File.Exists(address.Location))
        {
            throw new FileNotFoundException($"There is no SQLite file at {Path.GetFullPath(address.Location)}.", address.Location);
        }

        var file = new DatabaseFile(address.Location);
        var events = new SqliteEventStore(file.Path);
        return new MoveEnd(address, events, new SqliteAccessStore(file), new SqliteAnnouncementLinks(file), new SqliteGroupSpaceLinks(file), events);
    }

    public async ValueTask DisposeAsync()
    {
        if (_owned is not null)
        {
            await _owned.DisposeAsync();
        }

        SqliteConnection.ClearAllPools();
    }
}
