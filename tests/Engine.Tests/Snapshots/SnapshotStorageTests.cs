using Microsoft.Data.Sqlite;
using OffeneVersammlung.Engine.Snapshots;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Tests.Storage;
using OffeneVersammlung.Engine.Tests.Support;

namespace OffeneVersammlung.Engine.Tests.Snapshots;

/// <summary>Snapshots in the real SQLite file beside the events: used when they read, never trusted when they do not, deleted with the events.</summary>
public class SnapshotStorageTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task An_assembly_loads_from_its_snapshot_and_the_events_after_it_as_its_full_replay()
    {
        var driver = WholeAssembly.Run(participants: 6);
        var half = driver.History.Count / 2;
        using var store = new SqliteEventStore(_database.Path);
        using var snapshots = new SqliteSnapshotStore(_database.Path);
        var repository = new AssemblyRepository(store, snapshots);
        await repository.AppendAsync(driver.AssemblyId, 0, driver.History.Take(half).ToList());
        Assert.Equal(half, await repository.WriteSnapshotAsync(driver.AssemblyId));
        await repository.AppendAsync(driver.AssemblyId, half, driver.History.Skip(half).ToList());

        var loaded = await repository.LoadWithSnapshotAsync(driver.AssemblyId);

        Assert.Equal(half, loaded.SnapshotVersion);
        Assert.False(loaded.SnapshotRefused);
        Assert.Equal(ViewJson.AllViews(driver.Assembly, driver.Now), ViewJson.AllViews(loaded.Assembly!, driver.Now));
        Assert.Equal(ViewJson.AllViews(driver.Assembly, driver.Now), ViewJson.AllViews((await new AssemblyRepository(store).LoadAsync(driver.AssemblyId))!, driver.Now));
    }

    [Theory]
    [InlineData(1, "not a snapshot")]
    [InlineData(99, null)]
    public async Task An_unreadable_or_other_schema_snapshot_is_ignored_for_a_full_replay_and_rewritten(int schemaVersion, string? garbage)
    {
        var driver = WholeAssembly.Run(participants: 4);
        using var store = new SqliteEventStore(_database.Path);
        using var snapshots = new SqliteSnapshotStore(_database.Path);
        var repository = new AssemblyRepository(store, snapshots);
        await repository.AppendAsync(driver.AssemblyId, 0, driver.History);
        var stream = AssemblyRepository.StreamOf(driver.AssemblyId);
        var genuine = SnapshotFormat.ToStored(driver.Assembly);
        await snapshots.SaveAsync(stream, new StoredSnapshot(
            driver.Assembly.Version, schemaVersion, garbage is null ? genuine.Data : System.Text.Encoding.UTF8.GetBytes(garbage)));

        var loaded = await repository.LoadWithSnapshotAsync(driver.AssemblyId);

        Assert.True(loaded.SnapshotRefused);
        Assert.Equal(0, loaded.SnapshotVersion);
        Assert.Equal(ViewJson.AllViews(driver.Assembly, driver.Now), ViewJson.AllViews(loaded.Assembly!, driver.Now));

        Assert.Equal(driver.Assembly.Version, await repository.WriteSnapshotAsync(driver.AssemblyId));
        var again = await repository.LoadWithSnapshotAsync(driver.AssemblyId);
        Assert.False(again.SnapshotRefused);
        Assert.Equal(driver.Assembly.Version, again.SnapshotVersion);
        Assert.Equal(ViewJson.AllViews(driver.Assembly, driver.Now), ViewJson.AllViews(again.Assembly!, driver.Now));
    }

    [Fact]
    public async Task Deleting_an_assembly_deletes_its_snapshot_and_a_late_snapshot_of_it_is_not_kept()
    {
        var driver = WholeAssembly.Run(participants: 3);
        var other = WholeAssembly.Run(participants: 2);
        using var store = new SqliteEventStore(_database.Path);
        using var snapshots = new SqliteSnapshotStore(_database.Path);
        var repository = new AssemblyRepository(store, snapshots);
        await repository.AppendAsync(driver.AssemblyId, 0, driver.History);
        await repository.AppendAsync(other.AssemblyId, 0, other.History);
        await repository.WriteSnapshotAsync(driver.AssemblyId);
        await repository.WriteSnapshotAsync(other.AssemblyId);

        await repository.DeleteAsync(driver.AssemblyId);
        // A snapshot built before the deletion and saved after it (a background write that lost the race).
        await snapshots.SaveAsync(AssemblyRepository.StreamOf(driver.AssemblyId), SnapshotFormat.ToStored(driver.Assembly));

        Assert.Equal([AssemblyRepository.StreamOf(other.AssemblyId)], StreamsWithSnapshots());
        Assert.Null(await repository.LoadAsync(driver.AssemblyId));
    }

    [Fact]
    public async Task A_snapshot_whose_event_is_not_in_the_stream_is_not_trusted()
    {
        var driver = WholeAssembly.Run(participants: 3);
        var longer = WholeAssembly.Run(participants: 5);
        using var store = new SqliteEventStore(_database.Path);
        using var snapshots = new SqliteSnapshotStore(_database.Path);
        var repository = new AssemblyRepository(store, snapshots);
        await repository.AppendAsync(driver.AssemblyId, 0, driver.History);
        await repository.WriteSnapshotAsync(driver.AssemblyId);
        // The stream replaced by another history (a repair tool): the snapshot's own event is not the stream's.
        await store.DeleteStreamAsync(AssemblyRepository.StreamOf(driver.AssemblyId));
        await repository.AppendAsync(driver.AssemblyId, 0, longer.History);

        var loaded = await repository.LoadWithSnapshotAsync(driver.AssemblyId);

        Assert.True(loaded.SnapshotRefused);
        Assert.Equal(ViewJson.AllViews(longer.Assembly, longer.Now), ViewJson.AllViews(loaded.Assembly!, longer.Now));
    }

    [Fact]
    public async Task A_snapshot_continued_from_the_writers_own_copy_holds_the_bytes_of_a_full_replay()
    {
        var driver = WholeAssembly.Run(participants: 6);
        var third = driver.History.Count / 3;
        using var store = new SqliteEventStore(_database.Path);
        using var snapshots = new SqliteSnapshotStore(_database.Path);
        var repository = new AssemblyRepository(store, snapshots);
        var stream = AssemblyRepository.StreamOf(driver.AssemblyId);
        await repository.AppendAsync(driver.AssemblyId, 0, driver.History.Take(third).ToList());
        var (built, written) = await repository.WriteSnapshotAsync(driver.AssemblyId, built: null);
        Assert.Equal(third, written);

        await repository.AppendAsync(driver.AssemblyId, third, driver.History.Skip(third).Take(third).ToList());
        (built, written) = await repository.WriteSnapshotAsync(driver.AssemblyId, built);
        Assert.Equal(2 * third, written);
        await repository.AppendAsync(driver.AssemblyId, 2 * third, driver.History.Skip(2 * third).ToList());
        (built, written) = await repository.WriteSnapshotAsync(driver.AssemblyId, built);

        var replayed = (await new AssemblyRepository(store).LoadAsync(driver.AssemblyId))!;
        Assert.Equal(driver.History.Count, written);
        Assert.Equal(SnapshotFormat.ToStored(replayed).Data.ToArray(), (await snapshots.ReadAsync(stream))!.Data.ToArray());
        Assert.Equal(0, (await repository.WriteSnapshotAsync(driver.AssemblyId, built)).Written);
    }

    [Fact]
    public async Task A_writers_own_copy_of_a_replaced_stream_is_dropped_and_the_snapshot_built_from_the_store()
    {
        var driver = WholeAssembly.Run(participants: 3);
        var longer = WholeAssembly.Run(participants: 5);
        using var store = new SqliteEventStore(_database.Path);
        using var snapshots = new SqliteSnapshotStore(_database.Path);
        var repository = new AssemblyRepository(store, snapshots);
        await repository.AppendAsync(driver.AssemblyId, 0, driver.History);
        var (built, _) = await repository.WriteSnapshotAsync(driver.AssemblyId, built: null);
        await repository.DeleteAsync(driver.AssemblyId);
        await repository.AppendAsync(driver.AssemblyId, 0, longer.History);

        var (rebuilt, written) = await repository.WriteSnapshotAsync(driver.AssemblyId, built);

        Assert.Equal(longer.History.Count, written);
        Assert.Equal(ViewJson.AllViews(longer.Assembly, longer.Now), ViewJson.AllViews(rebuilt!, longer.Now));
        var loaded = await repository.LoadWithSnapshotAsync(driver.AssemblyId);
        Assert.Equal(longer.History.Count, loaded.SnapshotVersion);
        Assert.Equal(ViewJson.AllViews(longer.Assembly, longer.Now), ViewJson.AllViews(loaded.Assembly!, longer.Now));
    }

    private List<string> StreamsWithSnapshots()
    {
        using var connection = new SqliteConnection($"Data Source={_database.Path}");
        connection.Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT stream_id FROM snapshots ORDER BY stream_id";
        using var reader = query.ExecuteReader();
        var streams = new List<string>();
        while (reader.Read())
        {
            streams.Add(reader.GetString(0));
        }

        return streams;
    }
}
