using Microsoft.Data.Sqlite;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Tests.Storage;

namespace OffeneVersammlung.Engine.Tests.StoredFormat;

/// <summary>The schema version lives in the store's envelope: a column, added to files written before it existed.</summary>
public class StoredVersionTests
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 19, 30, 15, TimeSpan.FromHours(1));

    [Fact]
    public async Task The_store_keeps_each_event_s_schema_version()
    {
        using var database = new TempDatabase();
        using (var store = new SqliteEventStore(database.Path))
        {
            await store.AppendAsync("s", 0, [new StoredEvent(1, Guid.NewGuid(), At, 1, new byte[] { 1 }), new StoredEvent(2, Guid.NewGuid(), At, 4, new byte[] { 2 })]);
        }

        using var reopened = new SqliteEventStore(database.Path);

        Assert.Equal([1, 4], await reopened.ReadAsync("s").Select(e => e.SchemaVersion).ToListAsync());
    }

    [Fact]
    public async Task A_file_written_before_schema_versions_opens_and_its_events_read_as_version_1()
    {
        using var copy = new TempDatabase();
        File.Copy(GoldenFiles.PathOf(DemoAssemblyGolden.Database), copy.Path);
        Assert.Equal(0, ColumnCount(copy.Path, "schema_version"));

        using var store = new SqliteEventStore(copy.Path);
        var stream = AssemblyRepository.StreamOf(DemoAssemblyGolden.AssemblyId);
        var versions = await store.ReadAsync(stream).Select(e => e.SchemaVersion).ToListAsync();
        await store.AppendAsync(stream, versions.Count, [new StoredEvent(versions.Count + 1, Guid.NewGuid(), At, 2, new byte[] { 9 })]);

        Assert.Equal(1, ColumnCount(copy.Path, "schema_version"));
        Assert.All(versions, v => Assert.Equal(1, v));
        Assert.Equal(2, (await store.ReadAsync(stream, versions.Count + 1).SingleAsync()).SchemaVersion);
    }

    private static long ColumnCount(string path, string column)
    {
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT COUNT(*) FROM pragma_table_info('events') WHERE name = $column";
        query.Parameters.AddWithValue("$column", column);
        return (long)query.ExecuteScalar()!;
    }
}
