using Microsoft.Data.Sqlite;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Access;

/// <summary>The access records in their own table of the host's SQLite file.</summary>
public sealed class SqliteAccessStore(DatabaseFile database) : CachedAccessStore
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

    private readonly HostTable _table = new(database, Schema);

    public override async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var count = connection.CreateCommand();
        count.CommandText = "SELECT COUNT(*) FROM assembly_access";
        await count.ExecuteScalarAsync(cancellationToken);
    }

    protected override async Task<bool> InsertAsync(AccessRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
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
            return true;
        }
        catch (SqliteException e) when (e.SqliteErrorCode == 19 && e.Message.Contains("join_code", StringComparison.Ordinal))
        {
            return false;
        }
    }

    protected override Task<AccessRecord?> SelectByAssemblyAsync(Guid assemblyId, CancellationToken cancellationToken) =>
        SelectAsync("assembly_id", assemblyId.ToString("N"), cancellationToken);

    protected override Task<AccessRecord?> SelectByJoinCodeAsync(string joinCode, CancellationToken cancellationToken) =>
        SelectAsync("join_code", joinCode, cancellationToken);

    /// <summary>secure_delete overwrites the freed page with zeros.</summary>
    protected override async Task DeleteRowAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "PRAGMA secure_delete = ON; DELETE FROM assembly_access WHERE assembly_id = $id;";
        delete.Parameters.AddWithValue("$id", assemblyId.ToString("N"));
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<AccessRecord?> SelectAsync(string column, string value, CancellationToken cancellationToken)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = $"SELECT {Columns} FROM assembly_access WHERE {column} = $value";
        select.Parameters.AddWithValue("$value", value);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AccessRecord(
                Guid.ParseExact(reader.GetString(0), "N"),
                (byte[])reader[1],
                (byte[])reader[2],
                reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }
}
