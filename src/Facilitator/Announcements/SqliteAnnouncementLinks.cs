using Microsoft.Data.Sqlite;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>The announcement links in their own table of the host's SQLite file.</summary>
public sealed class SqliteAnnouncementLinks(DatabaseFile database) : IAnnouncementLinks
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS announcement_links (
            token       TEXT NOT NULL PRIMARY KEY,
            assembly_id TEXT NOT NULL UNIQUE
        );
        """;

    private readonly HostTable _table = new(database, Schema);

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
        await ScalarAsync("SELECT token FROM announcement_links WHERE assembly_id = $value", assemblyId.ToString("N"), cancellationToken);

    public async Task<Guid?> FindAssemblyAsync(string token, CancellationToken cancellationToken = default) =>
        AnnouncementTokens.IsWellFormed(token) && await ScalarAsync("SELECT assembly_id FROM announcement_links WHERE token = $value", token, cancellationToken) is { } id
            ? Guid.ParseExact(id, "N")
            : null;

    public async Task<bool> TryAddAsync(string token, Guid assemblyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO announcement_links (token, assembly_id) VALUES ($token, $id)";
        insert.Parameters.AddWithValue("$token", token);
        insert.Parameters.AddWithValue("$id", assemblyId.ToString("N"));
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public async Task MoveAsync(Guid from, Guid to, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var update = connection.CreateCommand();
        update.CommandText = "UPDATE announcement_links SET assembly_id = $to WHERE assembly_id = $from";
        update.Parameters.AddWithValue("$from", from.ToString("N"));
        update.Parameters.AddWithValue("$to", to.ToString("N"));
        await update.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task DeleteAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var delete = connection.CreateCommand();
        delete.CommandText = "PRAGMA secure_delete = ON; DELETE FROM announcement_links WHERE assembly_id = $id;";
        delete.Parameters.AddWithValue("$id", assemblyId.ToString("N"));
        await delete.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<string?> ScalarAsync(string sql, string value, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = sql;
        select.Parameters.AddWithValue("$value", value);
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }

    private Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken) => _table.OpenAsync(cancellationToken);
}
