using Microsoft.Data.Sqlite;

namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// Snapshots in the events' SQLite file, in their own table, the newest one per stream. Written with
/// synchronous=NORMAL: a snapshot lost in a power cut costs a longer replay, never an event, and the
/// events' own commits stay FULL. A save keeps the snapshot only while its event is in the file, in one
/// statement, so a snapshot built while its assembly was deleted never outlives the deletion.
/// </summary>
public sealed class SqliteSnapshotStore : ISnapshotStore, IDisposable
{
    private const int BusyTimeoutMilliseconds = 10_000;
    private readonly string _connectionString;

    public SqliteSnapshotStore(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
        using var connection = Open();
        SqliteSchema.Create(connection);
        using var create = connection.CreateCommand();
        create.CommandText =
            """
            CREATE TABLE IF NOT EXISTS snapshots (
                stream_id TEXT NOT NULL PRIMARY KEY,
                version INTEGER NOT NULL,
                schema_version INTEGER NOT NULL,
                data BLOB NOT NULL
            );
            """;
        create.ExecuteNonQuery();
    }

    public async Task<StoredSnapshot?> ReadAsync(string streamId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT version, schema_version, data FROM snapshots WHERE stream_id = $stream";
        query.Parameters.AddWithValue("$stream", streamId);
        using var reader = await query.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new StoredSnapshot(reader.GetInt64(0), reader.GetInt32(1), (byte[])reader[2])
            : null;
    }

    public async Task SaveAsync(string streamId, StoredSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        using var connection = Open();
        using var save = connection.CreateCommand();
        save.CommandText =
            """
            INSERT INTO snapshots (stream_id, version, schema_version, data)
            SELECT $stream, $version, $schema, $data
            WHERE EXISTS (SELECT 1 FROM events WHERE stream_id = $stream AND version = $version)
            ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, schema_version = excluded.schema_version, data = excluded.data
            WHERE excluded.version >= snapshots.version
               OR NOT EXISTS (SELECT 1 FROM events WHERE stream_id = snapshots.stream_id AND version = snapshots.version)
            """;
        save.Parameters.AddWithValue("$stream", streamId);
        save.Parameters.AddWithValue("$version", snapshot.Version);
        save.Parameters.AddWithValue("$schema", snapshot.SchemaVersion);
        save.Parameters.Add("$data", SqliteType.Blob).Value = snapshot.Data.ToArray();
        await save.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteAsync(string streamId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var delete = connection.CreateCommand();
        delete.CommandText = "DELETE FROM snapshots WHERE stream_id = $stream";
        delete.Parameters.AddWithValue("$stream", streamId);
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    public void Dispose() => SqliteConnection.ClearPool(new SqliteConnection(_connectionString));

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = NORMAL; PRAGMA secure_delete = ON;";
        pragmas.ExecuteNonQuery();
        return connection;
    }
}
