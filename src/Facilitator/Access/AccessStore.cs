using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Access;

/// <summary>
/// Keeps the access records in their own table of the host's SQLite file. Records never change once
/// written, so they are cached after the first read.
/// </summary>
public sealed class AccessStore
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS assembly_access (
            assembly_id      TEXT NOT NULL PRIMARY KEY,
            facilitator_hash BLOB NOT NULL,
            projector_hash   BLOB NOT NULL,
            join_code        TEXT NOT NULL UNIQUE,
            created_at       TEXT NOT NULL
        );
        """;

    private const string Columns = "assembly_id, facilitator_hash, projector_hash, join_code, created_at";

    private readonly ConcurrentDictionary<Guid, AccessRecord> _byAssembly = new();
    private readonly ConcurrentDictionary<string, AccessRecord> _byCode = new(StringComparer.Ordinal);

    private readonly HostTable _table;

    public AccessStore(DatabaseFile database) => _table = new HostTable(database, Schema);

    /// <summary>Stores the record; false when its join code is already taken (the caller draws another).</summary>
    public async Task<bool> TryAddAsync(AccessRecord record, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = $"INSERT INTO assembly_access ({Columns}) VALUES ($id, $facilitator, $projector, $code, $created)";
        insert.Parameters.AddWithValue("$id", record.AssemblyId.ToString("N"));
        insert.Parameters.AddWithValue("$facilitator", record.FacilitatorSecretHash);
        insert.Parameters.AddWithValue("$projector", record.ProjectorSecretHash);
        insert.Parameters.AddWithValue("$code", record.JoinCode);
        insert.Parameters.AddWithValue("$created", record.CreatedAt.ToString("O"));
        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19 && e.Message.Contains("join_code", StringComparison.Ordinal))
        {
            return false;
        }

        Remember(record);
        return true;
    }

    public async Task<AccessRecord?> FindByAssemblyAsync(Guid assemblyId, CancellationToken cancellationToken = default) =>
        _byAssembly.TryGetValue(assemblyId, out var cached)
            ? cached
            : await FindAsync("assembly_id", assemblyId.ToString("N"), cancellationToken);

    public async Task<AccessRecord?> FindByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default) =>
        _byCode.TryGetValue(joinCode, out var cached)
            ? cached
            : await FindAsync("join_code", joinCode, cancellationToken);

    /// <summary>
    /// Removes the assembly's record, so its join code and both secret links stop working at once,
    /// and forgets it in the caches. secure_delete overwrites the freed page with zeros.
    /// </summary>
    public async Task DeleteAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        await using (var connection = await OpenAsync(cancellationToken))
        {
            await using var delete = connection.CreateCommand();
            delete.CommandText = "PRAGMA secure_delete = ON; DELETE FROM assembly_access WHERE assembly_id = $id;";
            delete.Parameters.AddWithValue("$id", assemblyId.ToString("N"));
            await delete.ExecuteNonQueryAsync(cancellationToken);
        }

        Forget(assemblyId);
    }

    /// <summary>Drops the assembly's record from the caches only: another node erased it from the shared store.</summary>
    public void Forget(Guid assemblyId)
    {
        _byAssembly.TryRemove(assemblyId, out _);
        foreach (var (code, record) in _byCode)
        {
            if (record.AssemblyId == assemblyId)
            {
                _byCode.TryRemove(code, out _);
            }
        }
    }

    /// <summary>Opens the file and reads from the table: what the health check asks.</summary>
    public async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM assembly_access";
        await count.ExecuteScalarAsync(cancellationToken);
    }

    private async Task<AccessRecord?> FindAsync(string column, string value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM assembly_access WHERE {column} = $value";
        select.Parameters.AddWithValue("$value", value);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        var record = new AccessRecord(
            Guid.ParseExact(reader.GetString(0), "N"),
            (byte[])reader[1],
            (byte[])reader[2],
            reader.GetString(3),
            DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture));
        Remember(record);
        return record;
    }

    private void Remember(AccessRecord record)
    {
        _byAssembly[record.AssemblyId] = record;
        _byCode[record.JoinCode] = record;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _table.OpenAsync(cancellationToken);
}
