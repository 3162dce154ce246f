using Npgsql;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// The group spaces' links in PostgreSQL, shared by every node on the database. Two nodes drawing a member's or a
/// space's public token at the same moment both insert; the unique keys keep the first and the other reads it back, so
/// every node hands out the same link.
/// </summary>
public sealed class PostgresGroupSpaceLinks(NpgsqlDataSource dataSource) : IGroupSpaceLinks
{
    private const string Schema = """
        CREATE TABLE IF NOT EXISTS group_space_links (
            token          text NOT NULL PRIMARY KEY,
            space_id       uuid NOT NULL,
            member_id      uuid,
            assembly_id    uuid,
            participant_id uuid,
            UNIQUE (space_id, member_id)
        );
        CREATE UNIQUE INDEX IF NOT EXISTS group_space_links_public ON group_space_links (space_id) WHERE member_id IS NULL;
        CREATE INDEX IF NOT EXISTS group_space_links_participant ON group_space_links (assembly_id, participant_id);
        """;

    private readonly PostgresHostTable _table = new(dataSource, Schema);

    public async Task<string> GetOrCreateMemberAsync(Guid spaceId, Guid memberId, Guid assemblyId, Guid participantId, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(
            "INSERT INTO group_space_links (token, space_id, member_id, assembly_id, participant_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING",
            cancellationToken,
            Text(AnnouncementTokens.NewToken()),
            Id(spaceId),
            Id(memberId),
            Id(assemblyId),
            Id(participantId));
        return (string)(await ScalarAsync("SELECT token FROM group_space_links WHERE space_id = $1 AND member_id = $2", cancellationToken, Id(spaceId), Id(memberId)))!;
    }

    public async Task<string> GetOrCreatePublicAsync(Guid spaceId, CancellationToken cancellationToken = default)
    {
        await ExecuteAsync(
            "INSERT INTO group_space_links (token, space_id) VALUES ($1, $2) ON CONFLICT DO NOTHING", cancellationToken, Text(AnnouncementTokens.NewToken()), Id(spaceId));
        return (await FindPublicAsync(spaceId, cancellationToken))!;
    }

    public async Task<string?> FindPublicAsync(Guid spaceId, CancellationToken cancellationToken = default) =>
        await ScalarAsync("SELECT token FROM group_space_links WHERE space_id = $1 AND member_id IS NULL", cancellationToken, Id(spaceId)) as string;

    public async Task<string?> FindByParticipantAsync(Guid assemblyId, Guid participantId, CancellationToken cancellationToken = default) =>
        await ScalarAsync(
            "SELECT token FROM group_space_links WHERE assembly_id = $1 AND participant_id = $2 LIMIT 1", cancellationToken, Id(assemblyId), Id(participantId)) as string;

    public async Task<GroupSpaceLink?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!AnnouncementTokens.IsWellFormed(token))
        {
            return null;
        }

        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand("SELECT space_id, member_id, assembly_id FROM group_space_links WHERE token = $1", connection) { Parameters = { Text(token!) } };
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new GroupSpaceLink(token!, reader.GetGuid(0), reader.IsDBNull(1) ? null : reader.GetGuid(1), reader.IsDBNull(2) ? null : reader.GetGuid(2))
            : null;
    }

    public async Task<IReadOnlyDictionary<Guid, string>> MemberTokensAsync(Guid spaceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand("SELECT member_id, token FROM group_space_links WHERE space_id = $1 AND member_id IS NOT NULL", connection) { Parameters = { Id(spaceId) } };
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        var tokens = new Dictionary<Guid, string>();
        while (await reader.ReadAsync(cancellationToken))
        {
            tokens[reader.GetGuid(0)] = reader.GetString(1);
        }

        return tokens;
    }

    public Task DeleteMemberAsync(Guid spaceId, Guid memberId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM group_space_links WHERE space_id = $1 AND member_id = $2", cancellationToken, Id(spaceId), Id(memberId));

    public Task DeleteSpaceAsync(Guid spaceId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM group_space_links WHERE space_id = $1", cancellationToken, Id(spaceId));

    public Task ForgetAssemblyAsync(Guid assemblyId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE group_space_links SET assembly_id = NULL, participant_id = NULL WHERE assembly_id = $1", cancellationToken, Id(assemblyId));

    private static NpgsqlParameter<Guid> Id(Guid value) => new() { TypedValue = value };

    private static NpgsqlParameter<string> Text(string value) => new() { TypedValue = value };

    private async Task ExecuteAsync(string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddRange(parameters);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<object?> ScalarAsync(string sql, CancellationToken cancellationToken, params NpgsqlParameter[] parameters)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand(sql, connection);
        select.Parameters.AddRange(parameters);
        return await select.ExecuteScalarAsync(cancellationToken);
    }
}
