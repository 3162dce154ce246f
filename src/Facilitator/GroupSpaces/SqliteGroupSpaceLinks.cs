using Microsoft.Data.Sqlite;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>The group spaces' links in their own table of the host's SQLite file.</summary>
public sealed class SqliteGroupSpaceLinks(DatabaseFile database) : IGroupSpaceLinks
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS group_space_links (
            token          TEXT NOT NULL PRIMARY KEY,
            space_id       TEXT NOT NULL,
            member_id      TEXT,
            assembly_id    TEXT,
            participant_id TEXT,
            UNIQUE (space_id, member_id)
        );
        """;

    private readonly HostTable _table = new(database, Schema);

    public async Task<string> GetOrCreateMemberAsync(Guid spaceId, Guid memberId, Guid assemblyId, Guid participantId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText =
            "INSERT OR IGNORE INTO group_space_links (token, space_id, member_id, assembly_id, participant_id) VALUES ($token, $space, $member, $assembly, $participant)";
        insert.Parameters.AddWithValue("$token", AnnouncementTokens.NewToken());
        insert.Parameters.AddWithValue("$space", spaceId.ToString("N"));
        insert.Parameters.AddWithValue("$member", memberId.ToString("N"));
        insert.Parameters.AddWithValue("$assembly", assemblyId.ToString("N"));
        insert.Parameters.AddWithValue("$participant", participantId.ToString("N"));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return (await ScalarAsync(
            "SELECT token FROM group_space_links WHERE space_id = $a AND member_id = $b", spaceId.ToString("N"), memberId.ToString("N"), cancellationToken))!;
    }

    public async Task<string> GetOrCreatePublicAsync(Guid spaceId, CancellationToken cancellationToken = default)
    {
        if (await FindPublicAsync(spaceId, cancellationToken) is { } existing)
        {
            return existing;
        }

        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText = "INSERT INTO group_space_links (token, space_id) VALUES ($token, $space)";
        insert.Parameters.AddWithValue("$token", AnnouncementTokens.NewToken());
        insert.Parameters.AddWithValue("$space", spaceId.ToString("N"));
        await insert.ExecuteNonQueryAsync(cancellationToken);
        return (await FindPublicAsync(spaceId, cancellationToken))!;
    }

    public Task<string?> FindPublicAsync(Guid spaceId, CancellationToken cancellationToken = default) =>
        ScalarAsync("SELECT token FROM group_space_links WHERE space_id = $a AND member_id IS NULL ORDER BY rowid LIMIT 1", spaceId.ToString("N"), null, cancellationToken);

    public Task<string?> FindByParticipantAsync(Guid assemblyId, Guid participantId, CancellationToken cancellationToken = default) =>
        ScalarAsync("SELECT token FROM group_space_links WHERE assembly_id = $a AND participant_id = $b", assemblyId.ToString("N"), participantId.ToString("N"), cancellationToken);

    public async Task<GroupSpaceLink?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!AnnouncementTokens.IsWellFormed(token))
        {
            return null;
        }

        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT space_id, member_id, assembly_id FROM group_space_links WHERE token = $token";
        select.Parameters.AddWithValue("$token", token);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new GroupSpaceLink(token!, Guid.ParseExact(reader.GetString(0), "N"), IdOrNull(reader, 1), IdOrNull(reader, 2))
            : null;
    }

    public async Task<IReadOnlyDictionary<Guid, string>> MemberTokensAsync(Guid spaceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT member_id, token FROM group_space_links WHERE space_id = $space AND member_id IS NOT NULL";
        select.Parameters.AddWithValue("$space", spaceId.ToString("N"));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var tokens = new Dictionary<Guid, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens[Guid.ParseExact(reader.GetString(0), "N")] = reader.GetString(1);
        }

        return tokens;
    }

    public Task DeleteMemberAsync(Guid spaceId, Guid memberId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM group_space_links WHERE space_id = $a AND member_id = $b", spaceId.ToString("N"), memberId.ToString("N"), cancellationToken);

    public Task DeleteSpaceAsync(Guid spaceId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM group_space_links WHERE space_id = $a", spaceId.ToString("N"), null, cancellationToken);

    public Task ForgetAssemblyAsync(Guid assemblyId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE group_space_links SET assembly_id = NULL, participant_id = NULL WHERE assembly_id = $a", assemblyId.ToString("N"), null, cancellationToken);

    private async Task ExecuteAsync(string sql, string a, string? b, CancellationToken cancellationToken)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA secure_delete = ON; " + sql;
        Bind(command, a, b);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<string?> ScalarAsync(string sql, string a, string? b, CancellationToken cancellationToken)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = sql;
        Bind(select, a, b);
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static Guid? IdOrNull(SqliteDataReader reader, int column) => reader.IsDBNull(column) ? null : Guid.ParseExact(reader.GetString(column), "N");

    private static void Bind(SqliteCommand command, string a, string? b)
    {
        command.Parameters.AddWithValue("$a", a);
        if (b is not null)
        {
            command.Parameters.AddWithValue("$b", b);
        }
    }
}
