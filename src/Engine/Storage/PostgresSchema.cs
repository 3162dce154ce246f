using Npgsql;

namespace OffeneVersammlung.Engine.Storage;

/// <summary>
/// The events table in PostgreSQL: the same envelope columns as <see cref="SqliteSchema"/> (decision 0009), so a
/// row means the same in either store and moves between them unchanged.
/// </summary>
public static class PostgresSchema
{
    // Any fixed number: CREATE TABLE IF NOT EXISTS is not safe against itself on several nodes starting at once.
    private const long CreateLock = 0x4f56_0001;

    public const string Events = """
        CREATE TABLE IF NOT EXISTS events (
            stream_id         text    NOT NULL,
            version           bigint  NOT NULL,
            command_id        uuid    NOT NULL,
            recorded_at_ticks bigint  NOT NULL,
            offset_minutes    integer NOT NULL,
            schema_version    integer NOT NULL,
            data              bytea   NOT NULL,
            PRIMARY KEY (stream_id, version)
        );
        """;

    /// <summary>Runs <paramref name="schema"/> once across every node that starts at the same moment.</summary>
    public static async Task CreateAsync(NpgsqlDataSource dataSource, string schema, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var create = new NpgsqlCommand($"SELECT pg_advisory_xact_lock({CreateLock}); {schema}", connection, transaction))
        {
            await create.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }
}
