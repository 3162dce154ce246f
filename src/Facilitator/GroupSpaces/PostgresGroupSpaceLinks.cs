using Npgsql;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// The group spaces' links in PostgreSQL, shared by every node on the database: a member's link works whichever node
/// the proxy sends them to. One public link per space by a partial unique index (SQLite keeps the first by rowid).
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
        """;

    private readonly PostgresHostTable _table = new(dataSource, Schema);

    public Task<string?> FindPublicAsync(Guid spaceId, CancellationToken cancellationToken = default) =>
        ScalarAsync("SELECT token FROM group_space_links WHERE space_id = $1 AND member_id IS NULL", spaceId, null, cancellationToken);

    public Task<string?> FindByParticipantAsync(Guid assemblyId, Guid participantId, CancellationToken cancellationToken = default) =>
        ScalarAsync("SELECT token FROM group_space_links WHERE assembly_id = $1 AND participant_id = $2", assemblyId, participantId, cancellationToken);

    public async Task<GroupSpaceLink?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!AnnouncementTokens.IsWellFormed(token))
        {
            return null;
        }

        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand("SELECT space_id, member_id, assembly_id FROM group_space_links WHERE token = $1", connection)
        {
            Parameters = { new NpgsqlParameter<string> { TypedValue = token } },
        };
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken) ? new GroupSpaceLink(token!, reader.GetGuid(0), IdOrNull(reader, 1), IdOrNull(reader, 2)) : null;
    }

    public async Task<IReadOnlyList<GroupSpaceLinkRow>> RowsAsync(Guid spaceId, CancellationToken cancellationToken = default)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = new NpgsqlCommand(
            "SELECT token, member_id, assembly_id, participant_id FROM group_space_links WHERE space_id = $1 ORDER BY token COLLATE \"C\"", connection)
        {
            Parameters = { new NpgsqlParameter<Guid> { TypedValue = spaceId } },
        };
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
        await using var insert = new NpgsqlCommand(
            "INSERT INTO group_space_links (token, space_id, member_id, assembly_id, participant_id) VALUES ($1, $2, $3, $4, $5) ON CONFLICT DO NOTHING", connection)
        {
            Parameters =
            {
                new NpgsqlParameter<string> { TypedValue = row.Token },
                new NpgsqlParameter<Guid> { TypedValue = row.SpaceId },
                OptionalId(row.MemberId),
                OptionalId(row.AssemblyId),
                OptionalId(row.ParticipantId),
            },
        };
        return await insert.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    public Task DeleteMemberAsync(Guid spaceId, Guid memberId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM group_space_links WHERE space_id = $1 AND member_id = $2", spaceId, memberId, cancellationToken);

    public Task DeleteSpaceAsync(Guid spaceId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM group_space_links WHERE space_id = $1", spaceId, null, cancellationToken);

    public Task ForgetAssemblyAsync(Guid assemblyId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("UPDATE group_space_links SET assembly_id = NULL, participant_id = NULL WHERE assembly_id = $1", assemblyId, null, cancellationToken);

    private static Guid? IdOrNull(NpgsqlDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetGuid(column);

    private static NpgsqlParameter OptionalId(Guid? id) => new() { NpgsqlDbType = NpgsqlTypes.NpgsqlDbType.Uuid, Value = (object?)id ?? DBNull.Value };

    private async Task ExecuteAsync(string sql, Guid a, Guid? b, CancellationToken cancellationToken)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var command = Bind(new NpgsqlCommand(sql, connection), a, b);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private async Task<string?> ScalarAsync(string sql, Guid a, Guid? b, CancellationToken cancellationToken)
    {
        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = Bind(new NpgsqlCommand(sql, connection), a, b);
        return await select.ExecuteScalarAsync(cancellationToken) as string;
    }

    private static NpgsqlCommand Bind(NpgsqlCommand command, Guid a, Guid? b)
    {
        command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = a });
        if (b is { } second)
        {
            command.Parameters.Add(new NpgsqlParameter<Guid> { TypedValue = second });
        }

        return command;
    }
}
