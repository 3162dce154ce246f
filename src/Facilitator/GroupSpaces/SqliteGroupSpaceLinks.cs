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

    public async Task<IReadOnlyList<GroupSpaceLinkRow>> RowsAsync(Guid spaceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT token, member_id, assembly_id, participant_id FROM group_space_links WHERE space_id = $space ORDER BY token";
        select.Parameters.AddWithValue("$space", spaceId.ToString("N"));
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var rows = new List<GroupSpaceLinkRow>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new GroupSpaceLinkRow(reader.GetString(0), spaceId, IdOrNull(reader, 1), IdOrNull(reader, 2), IdOrNull(reader, 3)));
        }

        return rows;
    }

    public async Task<bool> TryAddAsync(GroupSpaceLinkRow row, CancellationToken cancellationToken = default)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var insert = connection.CreateCommand();
        insert.CommandText =
            "INSERT OR IGNORE INTO group_space_links (token, space_id, member_id, assembly_id, participant_id) VALUES ($token, $space, $member, $assembly, $participant)";
        insert.Parameters.AddWithValue("$token", row.Token);
        insert.Parameters.AddWithValue("$space", row.SpaceId.ToString("N"));
        insert.Parameters.AddWithValue("$member", (object?)row.MemberId?.ToString("N") ?? DBNull.Value);
        insert.Parameters.AddWithValue("$assembly", (object?)row.AssemblyId?.ToString("N") ?? DBNull.Value);
        insert.Parameters.AddWithValue("$participant", (object?)row.ParticipantId?.ToString("N") ?? DBNull.Value);
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
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
