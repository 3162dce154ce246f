using Npgsql;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Access;

/// <summary>
/// The access records in PostgreSQL: the join code's unique constraint holds across every node on the database,
/// so two nodes never hand out the same code.
/// </summary>
public sealed class PostgresAccessStore(NpgsqlDataSource dataSource) : CachedAccessStore
{
    private const string UniqueViolation = "23505";

    // created_at as ISO text, as in the SQLite file: timestamptz would keep the instant but not the offset.
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS assembly_access (
            assembly_id      uuid  NOT NULL PRIMARY KEY,
            facilitator_hash bytea NOT NULL,
            projector_hash   bytea NOT NULL,
            join_code        text  NOT NULL UNIQUE,
            created_at       text  NOT NULL
        );
        """;

    private const string Columns = "assembly_id, facilitator_hash, projector_hash, join_code, created_at";

    private readonly PostgresHostTable _table = new(dataSource, Schema);

    public override async Task PingAsync(CancellationToken cancellationToken = default)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var count = new NpgsqlCommand("SELECT COUNT(*) FROM assembly_access", connection);
        await count.ExecuteScalarAsync(cancellationToken);
    }

    protected override async Task<bool> InsertAsync(AccessRecord record, CancellationToken cancellationToken)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var insert = new NpgsqlCommand($"INSERT INTO assembly_access ({Columns}) VALUES ($1, $2, $3, $4, $5)", connection)
        {
            Parameters =
            {
                new NpgsqlParameter<Guid> { TypedValue = record.AssemblyId },
                new NpgsqlParameter<byte[]> { TypedValue = record.FacilitatorSecretHash },
                new NpgsqlParameter<byte[]> { TypedValue = record.ProjectorSecretHash },
                new NpgsqlParameter<string> { TypedValue = record.JoinCode },
                new NpgsqlParameter<string> { TypedValue = record.CreatedAt.ToString("O") },
            },
        };
        try
        {
            await insert.ExecuteNonQueryAsync(cancellationToken);
            return true;
        }
        catch (PostgresException e) when (e.SqlState == UniqueViolation && e.ConstraintName?.Contains("join_code", StringComparison.Ordinal) == true)
        {
            return false;
        }
    }

    protected override Task<AccessRecord?> SelectByAssemblyAsync(Guid assemblyId, CancellationToken cancellationToken) =>
        SelectAsync("assembly_id", new NpgsqlParameter<Guid> { TypedValue = assemblyId }, cancellationToken);

    protected override Task<AccessRecord?> SelectByJoinCodeAsync(string joinCode, CancellationToken cancellationToken) =>
        SelectAsync("join_code", new NpgsqlParameter<string> { TypedValue = joinCode }, cancellationToken);

    protected override async Task DeleteRowAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var delete = new NpgsqlCommand("DELETE FROM assembly_access WHERE assembly_id = $1", connection)
        {
            Parameters = { new NpgsqlParameter<Guid> { TypedValue = assemblyId } },
        };
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<AccessRecord?> SelectAsync(string column, NpgsqlParameter value, CancellationToken cancellationToken)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand($"SELECT {Columns} FROM assembly_access WHERE {column} = $1", connection) { Parameters = { value } };
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new AccessRecord(
                reader.GetGuid(0),
                reader.GetFieldValue<byte[]>(1),
                reader.GetFieldValue<byte[]>(2),
                reader.GetString(3),
                DateTimeOffset.Parse(reader.GetString(4), System.Globalization.CultureInfo.InvariantCulture))
            : null;
    }
}
