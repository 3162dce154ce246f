using System.Text;
using Microsoft.Data.Sqlite;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Engine.Tests.Storage;

/// <summary>
/// What only the SQLite file does: durability across reopening, the file's journal, deletion that leaves no bytes.
/// The behaviour every store shares is pinned once for both stores in Facilitator.Tests' <c>EventStoreContract</c>.
/// </summary>
public class SqliteEventStoreTests : IDisposable
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 19, 30, 15, TimeSpan.FromHours(1));
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task Reopening_the_file_returns_every_acknowledged_event_byte_for_byte()
    {
        var events = Events(1, 3);
        using (var store = new SqliteEventStore(_database.Path))
        {
            await store.AppendAsync("s", 0, events);
        }

        using var reopened = new SqliteEventStore(_database.Path);
        var read = await reopened.ReadAsync("s").ToListAsync();

        Assert.Equal(events.Select(e => (e.Version, e.CommandId, e.RecordedAt, e.RecordedAt.Offset)), read.Select(e => (e.Version, e.CommandId, e.RecordedAt, e.RecordedAt.Offset)));
        Assert.Equal(events.Select(e => e.Data.ToArray()), read.Select(e => e.Data.ToArray()));
    }

    [Fact]
    public async Task Two_stores_on_the_same_file_cannot_both_append_the_same_version()
    {
        using var first = new SqliteEventStore(_database.Path);
        using var second = new SqliteEventStore(_database.Path);
        await first.AppendAsync("s", 0, Events(1, 1));

        await Assert.ThrowsAsync<ConcurrencyConflictException>(() => second.AppendAsync("s", 0, Events(1, 1)));
    }

    [Fact]
    public async Task Deleting_a_stream_leaves_no_rows_and_no_readable_trace_in_the_file()
    {
        using (var store = new SqliteEventStore(_database.Path))
        {
            await store.AppendAsync("gone", 0, [new StoredEvent(1, Guid.NewGuid(), At, 1, Encoding.UTF8.GetBytes("Geheimes Thema von Ayşe"))]);
            await store.AppendAsync("kept", 0, Events(1, 1));

            await store.DeleteStreamAsync("gone");

            Assert.Empty(await store.ReadAsync("gone").ToListAsync());
        }

        SqliteConnection.ClearAllPools();
        using (var raw = new SqliteConnection($"Data Source={_database.Path}"))
        {
            raw.Open();
            using var count = raw.CreateCommand();
            count.CommandText = "SELECT COUNT(*) FROM events WHERE stream_id = 'gone'";
            Assert.Equal(0L, (long)count.ExecuteScalar()!);
        }

        SqliteConnection.ClearAllPools();
        var bytes = Directory.GetFiles(Path.GetDirectoryName(_database.Path)!).SelectMany(File.ReadAllBytes).ToArray();
        Assert.Equal(-1, bytes.AsSpan().IndexOf(Encoding.UTF8.GetBytes("Geheimes Thema")));
    }

    [Fact]
    public void The_file_uses_the_write_ahead_log_with_full_synchronous_commits()
    {
        using var store = new SqliteEventStore(_database.Path);

        Assert.Equal("wal", store.Pragma("journal_mode"));
        Assert.Equal("2", store.Pragma("synchronous"));
    }

    private static List<StoredEvent> Events(long fromVersion, int count) =>
        Enumerable.Range(0, count)
            .Select(i => new StoredEvent(fromVersion + i, Guid.NewGuid(), At.AddSeconds(i), 1, Encoding.UTF8.GetBytes($"event {fromVersion + i}")))
            .ToList();
}
