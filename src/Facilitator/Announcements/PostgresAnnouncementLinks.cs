using Npgsql;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>The announcement links in PostgreSQL, shared by every node on the database.</summary>
public sealed class PostgresAnnouncementLinks(NpgsqlDataSource dataSource) : IAnnouncementLinks
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS announcement_links (
            token       text NOT NULL PRIMARY KEY,
            assembly_id uuid NOT NULL UNIQUE
        );
        """;

    private readonly PostgresHostTable _table = new(dataSource, Schema);

    public async Task<string> GetOrCreateAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        if (await FindTokenAsync(assemblyId, cancellationToken) is { } existing)
        {
            return existing;
        }

        await TryAddAsync(AnnouncementTokens.NewToken(), assemblyId, cancellationToken);
        return (await FindTokenAsync(assemblyId, cancellationToken))!;
    }

    public async Task<string?> FindTokenAsync(Guid assemblyId, CancellationToken cancellationToken = default) =>
        await ScalarAsync("SELECT token FROM announcement_links WHERE assembly_id = $1", new NpgsqlParameter<Guid> { TypedValue = assemblyId }, cancellationToken) as string;

    public async Task<Guid?> FindAssemblyAsync(string token, CancellationToken cancellationToken = default) =>
        AnnouncementTokens.IsWellFormed(token)
            ? await ScalarAsync("SELECT assembly_id FROM announcement_links WHERE token = $1", new NpgsqlParameter<string> { TypedValue = token }, cancellationToken) as Guid?
            : null;

    public async Task<bool> TryAddAsync(string token, Guid assemblyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var insert = new NpgsqlCommand("INSERT INTO announcement_links (token, assembly_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", connection)
        {
            Parameters = { new NpgsqlParameter<string> { TypedValue = token }, new NpgsqlParameter<Guid> { TypedValue = assemblyId } },
        };
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task MoveAsync(Guid from, Guid to, CancellationToken cancellationToken = default)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var update = new NpgsqlCommand("UPDATE announcement_links SET assembly_id = $2 WHERE assembly_id = $1", connection)
        {
            Parameters = { new NpgsqlParameter<Guid> { TypedValue = from }, new NpgsqlParameter<Guid> { TypedValue = to } },
        };
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var delete = new NpgsqlCommand("DELETE FROM announcement_links WHERE assembly_id = $1", connection)
        {
            Parameters = { new NpgsqlParameter<Guid> { TypedValue = assemblyId } },
        };
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<object?> ScalarAsync(string sql, NpgsqlParameter value, CancellationToken cancellationToken)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand(sql, connection) { Parameters = { value } };
        return await select.ExecuteScalarAsync(cancellationToken);
    }
}
