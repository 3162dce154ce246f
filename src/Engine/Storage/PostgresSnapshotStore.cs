using Npgsql;
using NpgsqlTypes;

namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// Snapshots in PostgreSQL beside the events (decision 0022), the newest one per stream, with the SQLite store's
/// guarantee: a save keeps the snapshot only while the stream holds the snapshot's event, in one statement, so a
/// snapshot built on one node while another node deleted the assembly never outlives the deletion.
/// </summary>
public sealed class PostgresSnapshotStore(NpgsqlDataSource dataSource) : ISnapshotStore
{
    private const string Snapshots = """
        CREATE TABLE IF NOT EXISTS snapshots (
            stream_id      text    NOT NULL PRIMARY KEY,
            version        bigint  NOT NULL,
            schema_version integer NOT NULL,
            data           bytea   NOT NULL
        );
        """;

    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _created;

    public Task<StoredSnapshot?> ReadAsync(string streamId, CancellationToken cancellationToken = default) =>
        GuardAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var query = new NpgsqlCommand("SELECT version, schema_version, data FROM snapshots WHERE stream_id = $1", connection);
            query.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            return await reader.ReadAsync(cancellationToken)
                ? new StoredSnapshot(reader.GetInt64(0), reader.GetInt32(1), (byte[])reader[2])
                : null;
        });

    public Task SaveAsync(string streamId, StoredSnapshot snapshot, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return GuardAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var save = new NpgsqlCommand(
                """
                INSERT INTO snapshots AS kept (stream_id, version, schema_version, data)
                SELECT $1, $2, $3, $4
                WHERE EXISTS (SELECT 1 FROM events WHERE stream_id = $1 AND version = $2)
                ON CONFLICT (stream_id) DO UPDATE SET version = excluded.version, schema_version = excluded.schema_version, data = excluded.data
                WHERE excluded.version >= kept.version
                   OR NOT EXISTS (SELECT 1 FROM events WHERE stream_id = kept.stream_id AND version = kept.version)
                """,
                connection);
            save.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
            save.Parameters.Add(new NpgsqlParameter<long> { TypedValue = snapshot.Version });
            save.Parameters.Add(new NpgsqlParameter<int> { TypedValue = snapshot.SchemaVersion });
            save.Parameters.Add(new NpgsqlParameter<byte[]> { TypedValue = snapshot.Data.ToArray(), NpgsqlDbType = NpgsqlDbType.Bytea });
            await save.ExecuteNonQueryAsync(cancellationToken);
            return true;
        });
    }

    public Task DeleteAsync(string streamId, CancellationToken cancellationToken = default) =>
        GuardAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var delete = new NpgsqlCommand("DELETE FROM snapshots WHERE stream_id = $1", connection);
            delete.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
            await delete.ExecuteNonQueryAsync(cancellationToken);
            return true;
        });

    private static async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (PostgresEventStore.IsUnreachable(e))
        {
            throw new StoreUnavailableException("PostgreSQL cannot be reached.", e);
        }
    }

    // The save reads the events table, so both are created here: snapshots may be asked for before the first append.
    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await _creating.WaitAsync(cancellationToken);
            try
            {
                if (!_created)
                {
                    await PostgresSchema.CreateAsync(dataSource, PostgresSchema.Events + Snapshots, cancellationToken);
                    _created = true;
                }
            }
            finally
            {
                _creating.Release();
            }
        }

        return await dataSource.OpenConnectionAsync(cancellationToken);
    }
}
