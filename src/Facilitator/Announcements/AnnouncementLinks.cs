using System.Buffers.Text;
using System.Security.Cryptography;
using Microsoft.Data.Sqlite;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Announcements;

/// <summary>
/// The announcement page's own link: a random token, neither the join code (which opens the door) nor a secret
/// link (which opens the console), kept in its own table of the host's file. A series keeps its token when its
/// next date opens as a new assembly: the link on the posters moves on to it. The row goes with the assembly.
/// </summary>
public sealed class AnnouncementLinks(DatabaseFile database)
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS announcement_links (
            token       TEXT NOT NULL PRIMARY KEY,
            assembly_id TEXT NOT NULL UNIQUE
        );
        """;

    private readonly HostTable _table = new(database, Schema);

    /// <summary>128 random bits, base64url: 22 characters, short enough for a small QR code.</summary>
    public static string NewToken() => Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(16));

    public static bool IsWellFormed(string? token) => token is { Length: 22 } && Base64Url.IsValid(token);

    /// <summary>The assembly's token, drawn the first time it is asked for.</summary>
    public async Task<string> GetOrCreateAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        if (await FindTokenAsync(assemblyId, cancellationToken) is { } existing)
        {
            return existing;
        }

        await using var connection = await OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT OR IGNORE INTO announcement_links (token, assembly_id) VALUES ($token, $id)";
        insert.Parameters.AddWithValue("$token", NewToken());
        insert.Parameters.AddWithValue("$id", assemblyId.ToString("N"));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return (await FindTokenAsync(assemblyId, cancellationToken))!;
    }

    public async Task<string?> FindTokenAsync(Guid assemblyId, CancellationToken cancellationToken = default) =>
        await ScalarAsync("SELECT token FROM announcement_links WHERE assembly_id = $value", assemblyId.ToString("N"), cancellationToken);

    public async Task<Guid?> FindAssemblyAsync(string token, CancellationToken cancellationToken = default) =>
        IsWellFormed(token) && await ScalarAsync("SELECT assembly_id FROM announcement_links WHERE token = $value", token, cancellationToken) is { } id
            ? Guid.ParseExact(id, "N")
            : null;

    /// <summary>The series' next date opened as <paramref name="to"/>: the link now leads there.</summary>
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
