using System.Runtime.CompilerServices;
using Npgsql;
using NpgsqlTypes;

namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// The event store in PostgreSQL, for several nodes on one database (decision 0020). The same expected-version
/// append as <see cref="SqliteEventStore"/>: one transaction per batch, and the primary key (stream, version) lets
/// exactly one of two writers that read the same version commit; the other gets a
/// <see cref="ConcurrencyConflictException"/>. Commits wait for the server's WAL flush (synchronous_commit's
/// default), so an append that returned survives the server's crash. A server that cannot be reached is a
/// <see cref="StoreUnavailableException"/>; the data source's pool opens new connections once it is back.
/// </summary>
public sealed class PostgresEventStore(NpgsqlDataSource dataSource) : IEventStore
{
    private const string UniqueViolation = "23505";
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _created;

    public async Task AppendAsync(string streamId, long expectedVersion, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Version != expectedVersion + i + 1)
            {
                throw new ArgumentException($"Event {i} has version {events[i].Version}, expected {expectedVersion + i + 1}.", nameof(events));
            }
        }

        try
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
            var actual = await CurrentVersionAsync(connection, transaction, streamId, cancellationToken);
            if (actual != expectedVersion)
            {
                throw new ConcurrencyConflictException(streamId, expectedVersion, actual);
            }

            await using (var batch = new NpgsqlBatch(connection, transaction))
            {
                foreach (var stored in events)
                {
                    batch.BatchCommands.Add(Insert(streamId, stored));
                }

                await batch.ExecuteNonQueryAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation)
        {
            throw new ConcurrencyConflictException(streamId, expectedVersion, await GetVersionAsync(streamId, CancellationToken.None));
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            throw Unavailable(e);
        }
    }

    public async IAsyncEnumerable<StoredEvent> ReadAsync(string streamId, long fromVersion = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        // Read whole before yielding: a reader held open across the caller's awaits would pin a pooled connection.
        List<StoredEvent> events = [];
        await GuardAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var query = new NpgsqlCommand(
                "SELECT version, command_id, recorded_at_ticks, offset_minutes, schema_version, data FROM events WHERE stream_id = $1 AND version >= $2 ORDER BY version",
                connection);
            query.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
            query.Parameters.Add(new NpgsqlParameter<long> { TypedValue = fromVersion });
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var offset = TimeSpan.FromMinutes(reader.GetInt32(3));
                events.Add(new StoredEvent(
                    reader.GetInt64(0),
                    reader.GetGuid(1),
                    new DateTimeOffset(reader.GetInt64(2) + offset.Ticks, offset),
                    reader.GetInt32(4),
                    reader.GetFieldValue<byte[]>(5)));
            }
        });

        foreach (var stored in events)
        {
            yield return stored;
        }
    }

    public Task<long> GetVersionAsync(string streamId, CancellationToken cancellationToken = default) =>
        GuardAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            return await CurrentVersionAsync(connection, null, streamId, cancellationToken);
        });

    public Task<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default) =>
        GuardAsync<IReadOnlyList<string>>(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            // COLLATE "C": the byte order SQLite sorts by, whatever the database's locale.
            await using var query = new NpgsqlCommand("SELECT DISTINCT stream_id COLLATE \"C\" AS id FROM events ORDER BY id", connection);
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            var streams = new List<string>();
            while (await reader.ReadAsync(cancellationToken))
            {
                streams.Add(reader.GetString(0));
            }

            return streams;
        });

    public Task<IReadOnlyList<StreamActivity>> ListStreamActivityAsync(CancellationToken cancellationToken = default) =>
        GuardAsync<IReadOnlyList<StreamActivity>>(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var query = new NpgsqlCommand(
                """
                SELECT DISTINCT ON (stream_id COLLATE "C") stream_id, version, recorded_at_ticks, offset_minutes
                FROM events ORDER BY stream_id COLLATE "C", version DESC
                """,
                connection);
            await using var reader = await query.ExecuteReaderAsync(cancellationToken);
            var streams = new List<StreamActivity>();
            while (await reader.ReadAsync(cancellationToken))
            {
                var offset = TimeSpan.FromMinutes(reader.GetInt32(3));
                streams.Add(new StreamActivity(reader.GetString(0), reader.GetInt64(1), new DateTimeOffset(reader.GetInt64(2) + offset.Ticks, offset)));
            }

            return streams;
        });

    public Task DeleteStreamAsync(string streamId, CancellationToken cancellationToken = default) =>
        GuardAsync(async () =>
        {
            await using var connection = await OpenAsync(cancellationToken);
            await using var delete = new NpgsqlCommand("DELETE FROM events WHERE stream_id = $1", connection);
            delete.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
            await delete.ExecuteNonQueryAsync(cancellationToken);
            return true;
        });

    /// <summary>Whether an exception means the server is out of reach (down, restarting, refusing connections), not a wrong query.</summary>
    public static bool IsUnreachable(Exception e) => e switch
    {
        PostgresException p => p.SqlState.StartsWith("08", StringComparison.Ordinal) || p.SqlState.StartsWith("57P", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient || n.InnerException is IOException or System.Net.Sockets.SocketException or TimeoutException,
        _ => false,
    };

    private static StoreUnavailableException Unavailable(Exception e) => new("PostgreSQL cannot be reached.", e);

    private static async Task<T> GuardAsync<T>(Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (IsUnreachable(e))
        {
            throw Unavailable(e);
        }
    }

    private static Task GuardAsync(Func<Task> action) => GuardAsync(async () =>
    {
        await action();
        return true;
    });

    private static NpgsqlBatchCommand Insert(string streamId, StoredEvent stored) =>
        new("INSERT INTO events (stream_id, version, command_id, recorded_at_ticks, offset_minutes, schema_version, data) VALUES ($1, $2, $3, $4, $5, $6, $7)")
        {
            Parameters =
            {
                new NpgsqlParameter<string> { TypedValue = streamId },
                new NpgsqlParameter<long> { TypedValue = stored.Version },
                new NpgsqlParameter<Guid> { TypedValue = stored.CommandId },
                new NpgsqlParameter<long> { TypedValue = stored.RecordedAt.UtcTicks },
                new NpgsqlParameter<int> { TypedValue = (int)stored.RecordedAt.Offset.TotalMinutes },
                new NpgsqlParameter<int> { TypedValue = stored.SchemaVersion },
                new NpgsqlParameter<byte[]> { TypedValue = stored.Data.ToArray(), NpgsqlDbType = NpgsqlDbType.Bytea },
            },
        };

    private static async Task<long> CurrentVersionAsync(NpgsqlConnection connection, NpgsqlTransaction? transaction, string streamId, CancellationToken cancellationToken)
    {
        await using var query = new NpgsqlCommand("SELECT COALESCE(MAX(version), 0) FROM events WHERE stream_id = $1", connection, transaction);
        query.Parameters.Add(new NpgsqlParameter<string> { TypedValue = streamId });
        return (long)(await query.ExecuteScalarAsync(cancellationToken))!;
    }

    /// <summary>A connection on a database that has the table; created on first use, so a node may start before the server.</summary>
    private async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await _creating.WaitAsync(cancellationToken);
            try
            {
                if (!_created)
                {
                    await PostgresSchema.CreateAsync(dataSource, PostgresSchema.Events, cancellationToken);
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
