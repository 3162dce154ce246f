using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Microsoft.Data.Sqlite;

namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// The event store in one SQLite file: WAL journal with synchronous=FULL, so an append that returned
/// survives an app crash and a power cut (NORMAL may roll back the last commits on power loss, and an
/// acknowledged vote must never be lost). One writer connection, serialized; reads use their own
/// pooled connections and never wait for the writer.
/// </summary>
public sealed class SqliteEventStore : IEventStore, IAsyncDisposable, IDisposable
{
    private const int BusyTimeoutMilliseconds = 10_000;

    // A batch is inserted a few rows per statement step; SQLite binds parameters by name, looked up in a list, so a
    // statement of hundreds of parameters would spend on the lookups what it saves in steps.
    private const int RowsPerInsert = 16;
    private const int ColumnsPerRow = 6;
    private readonly string _connectionString;
    private readonly SqliteConnection _writer;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    // The writer's statements, prepared once and kept: every append runs them (used only under the write lock).
    private readonly SqliteCommand?[] _inserts = new SqliteCommand?[RowsPerInsert + 1];
    private SqliteCommand? _writerVersion;

    public SqliteEventStore(string path)
    {
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = BusyTimeoutMilliseconds / 1000,
        }.ToString();
        _writer = Open();
        SqliteSchema.Create(_writer);
    }

    public async Task AppendAsync(string streamId, long expectedVersion, IReadOnlyList<StoredEvent> events, CancellationToken cancellationToken = default)
    {
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Version != expectedVersion + i + 1)
            {
                throw new ArgumentException($"Event {i} has version {events[i].Version}, expected {expectedVersion + i + 1}.", nameof(events));
            }
        }

        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            using var transaction = _writer.BeginTransaction(deferred: false);
            var actual = WriterVersion(transaction, streamId);
            if (actual != expectedVersion)
            {
                throw new ConcurrencyConflictException(streamId, expectedVersion, actual);
            }

            for (var first = 0; first < events.Count; first += RowsPerInsert)
            {
                var rows = Math.Min(RowsPerInsert, events.Count - first);
                var insert = InsertOf(rows);
                insert.Transaction = transaction;
                insert.Parameters[0].Value = streamId;
                for (var row = 0; row < rows; row++)
                {
                    var stored = events[first + row];
                    var at = 1 + (row * ColumnsPerRow);
                    insert.Parameters[at].Value = stored.Version;
                    insert.Parameters[at + 1].Value = stored.CommandId.ToByteArray();
                    insert.Parameters[at + 2].Value = stored.RecordedAt.UtcTicks;
                    insert.Parameters[at + 3].Value = (int)stored.RecordedAt.Offset.TotalMinutes;
                    insert.Parameters[at + 4].Value = stored.SchemaVersion;
                    insert.Parameters[at + 5].Value = BytesOf(stored.Data);
                }

                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }
        catch (SqliteException e) when (e.SqliteErrorCode == SqliteErrorCodes.Constraint)
        {
            throw new ConcurrencyConflictException(streamId, expectedVersion, await GetVersionAsync(streamId, CancellationToken.None));
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async IAsyncEnumerable<StoredEvent> ReadAsync(string streamId, long fromVersion = 1, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var query = connection.CreateCommand();
        query.CommandText =
            "SELECT version, command_id, recorded_at_ticks, offset_minutes, schema_version, data FROM events WHERE stream_id = $stream AND version >= $from ORDER BY version";
        query.Parameters.AddWithValue("$stream", streamId);
        query.Parameters.AddWithValue("$from", fromVersion);
        using var reader = await query.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var offset = TimeSpan.FromMinutes(reader.GetInt32(3));
            yield return new StoredEvent(
                reader.GetInt64(0),
                new Guid((byte[])reader[1]),
                new DateTimeOffset(reader.GetInt64(2) + offset.Ticks, offset),
                reader.GetInt32(4),
                (byte[])reader[5]);
        }
    }

    public Task<long> GetVersionAsync(string streamId, CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        return Task.FromResult(CurrentVersion(connection, null, streamId));
    }

    public Task<IReadOnlyList<string>> ListStreamsAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var query = connection.CreateCommand();
        query.CommandText = "SELECT DISTINCT stream_id FROM events ORDER BY stream_id";
        using var reader = query.ExecuteReader();
        var streams = new List<string>();
        while (reader.Read())
        {
            streams.Add(reader.GetString(0));
        }

        return Task.FromResult<IReadOnlyList<string>>(streams);
    }

    public Task<IReadOnlyList<StreamActivity>> ListStreamActivityAsync(CancellationToken cancellationToken = default)
    {
        using var connection = Open();
        using var query = connection.CreateCommand();
        query.CommandText =
            """
            SELECT e.stream_id, e.version, e.recorded_at_ticks, e.offset_minutes
            FROM events e JOIN (SELECT stream_id, MAX(version) AS version FROM events GROUP BY stream_id) last
              ON e.stream_id = last.stream_id AND e.version = last.version
            ORDER BY e.stream_id
            """;
        using var reader = query.ExecuteReader();
        var streams = new List<StreamActivity>();
        while (reader.Read())
        {
            var offset = TimeSpan.FromMinutes(reader.GetInt32(3));
            streams.Add(new StreamActivity(reader.GetString(0), reader.GetInt64(1), new DateTimeOffset(reader.GetInt64(2) + offset.Ticks, offset)));
        }

        return Task.FromResult<IReadOnlyList<StreamActivity>>(streams);
    }

    public async Task DeleteStreamAsync(string streamId, CancellationToken cancellationToken = default)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            using var delete = _writer.CreateCommand();
            // secure_delete zeroes the freed pages; the checkpoint then empties the WAL, which still
            // holds the pages as they were written, so nothing of the assembly stays on disk.
            delete.CommandText = "DELETE FROM events WHERE stream_id = $stream; PRAGMA wal_checkpoint(TRUNCATE);";
            delete.Parameters.AddWithValue("$stream", streamId);
            delete.ExecuteNonQuery();
        }
        finally
        {
            _writeLock.Release();
        }
    }

    internal string Pragma(string name)
    {
        using var query = _writer.CreateCommand();
        query.CommandText = $"PRAGMA {name}";
        return Convert.ToString(query.ExecuteScalar(), System.Globalization.CultureInfo.InvariantCulture) ?? string.Empty;
    }

    public void Dispose()
    {
        foreach (var insert in _inserts)
        {
            insert?.Dispose();
        }

        _writerVersion?.Dispose();
        _writer.Dispose();
        _writeLock.Dispose();
        SqliteConnection.ClearPool(new SqliteConnection(_connectionString));
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var pragmas = connection.CreateCommand();
        pragmas.CommandText = $"PRAGMA busy_timeout = {BusyTimeoutMilliseconds}; PRAGMA synchronous = FULL; PRAGMA secure_delete = ON;";
        pragmas.ExecuteNonQuery();
        return connection;
    }

    private long WriterVersion(SqliteTransaction transaction, string streamId)
    {
        if (_writerVersion is null)
        {
            _writerVersion = _writer.CreateCommand();
            _writerVersion.CommandText = "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream_id = $stream";
            _writerVersion.Parameters.Add("$stream", SqliteType.Text);
        }

        _writerVersion.Transaction = transaction;
        _writerVersion.Parameters[0].Value = streamId;
        return (long)_writerVersion.ExecuteScalar()!;
    }

    /// <summary>An insert of <paramref name="rows"/> events of one stream: the stream once, then each event's six columns.</summary>
    private SqliteCommand InsertOf(int rows)
    {
        if (_inserts[rows] is { } prepared)
        {
            return prepared;
        }

        var insert = _writer.CreateCommand();
        insert.CommandText =
            "INSERT INTO events (stream_id, version, command_id, recorded_at_ticks, offset_minutes, schema_version, data) VALUES "
            + string.Join(", ", Enumerable.Range(0, rows).Select(r => $"($stream, $v{r}, $c{r}, $t{r}, $o{r}, $s{r}, $d{r})"));
        insert.Parameters.Add("$stream", SqliteType.Text);
        for (var r = 0; r < rows; r++)
        {
            insert.Parameters.Add($"$v{r}", SqliteType.Integer);
            insert.Parameters.Add($"$c{r}", SqliteType.Blob);
            insert.Parameters.Add($"$t{r}", SqliteType.Integer);
            insert.Parameters.Add($"$o{r}", SqliteType.Integer);
            insert.Parameters.Add($"$s{r}", SqliteType.Integer);
            insert.Parameters.Add($"$d{r}", SqliteType.Blob);
        }

        _inserts[rows] = insert;
        return insert;
    }

    // The serializer hands over a whole array; binding copies it anyway, so a second copy here would be waste.
    private static byte[] BytesOf(ReadOnlyMemory<byte> data) =>
        MemoryMarshal.TryGetArray(data, out var segment) && segment.Offset == 0 && segment.Count == segment.Array!.Length
            ? segment.Array
            : data.ToArray();

    private static long CurrentVersion(SqliteConnection connection, SqliteTransaction? transaction, string streamId)
    {
        using var query = connection.CreateCommand();
        query.Transaction = transaction;
        query.CommandText = "SELECT COALESCE(MAX(version), 0) FROM events WHERE stream_id = $stream";
        query.Parameters.AddWithValue("$stream", streamId);
        return (long)query.ExecuteScalar()!;
    }
}
