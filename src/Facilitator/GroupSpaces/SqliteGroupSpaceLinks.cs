using Microsoft.Data.Sqlite;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// The group spaces' links, in their own table of the host's file: one random token per member (their private link;
/// it goes when they leave) and one per space for its public profile (no member). A member's row remembers which
/// participant of which assembly they were, only so that their phone finds its link after the evening; the assembly's
/// deletion forgets that (<see cref="ForgetAssemblyAsync"/>) and the link keeps working.
/// </summary>
public sealed class GroupSpaceLinks(DatabaseFile database)
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

    /// <summary>What a token opens: a member's space, or (no member) a space's public profile.</summary>
    public sealed record Link(string Token, Guid SpaceId, Guid? MemberId);

    /// <summary>The member's token, drawn the first time (the same 128 random bits as the invitation's link).</summary>
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

    /// <summary>The space's public token, drawn the first time its members switch the profile on.</summary>
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

    /// <summary>The link a phone's participant holds in the space made of their group, if one was drawn.</summary>
    public Task<string?> FindByParticipantAsync(Guid assemblyId, Guid participantId, CancellationToken cancellationToken = default) =>
        ScalarAsync("SELECT token FROM group_space_links WHERE assembly_id = $a AND participant_id = $b", assemblyId.ToString("N"), participantId.ToString("N"), cancellationToken);

    public async Task<Link?> FindAsync(string? token, CancellationToken cancellationToken = default)
    {
        if (!AnnouncementTokens.IsWellFormed(token))
        {
            return null;
        }

        await using var connection = await _table.OpenAsync(cancellationToken);
        await using var select = connection.CreateCommand();
        select.CommandText = "SELECT space_id, member_id FROM group_space_links WHERE token = $token";
        select.Parameters.AddWithValue("$token", token);
        await using var reader = await select.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new Link(token!, Guid.ParseExact(reader.GetString(0), "N"), reader.IsDBNull(1) ? null : Guid.ParseExact(reader.GetString(1), "N"))
            : null;
    }

    /// <summary>Every member's token of a space, for the paper members' cards.</summary>
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

    /// <summary>A member left: their link stops at once.</summary>
    public Task DeleteMemberAsync(Guid spaceId, Guid memberId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM group_space_links WHERE space_id = $a AND member_id = $b", spaceId.ToString("N"), memberId.ToString("N"), cancellationToken);

    public Task DeleteSpaceAsync(Guid spaceId, CancellationToken cancellationToken = default) =>
        ExecuteAsync("DELETE FROM group_space_links WHERE space_id = $a", spaceId.ToString("N"), null, cancellationToken);

    /// <summary>The assembly is deleted: nothing here may say any more who in it became which member.</summary>
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

    private static void Bind(SqliteCommand command, string a, string? b)
    {
        command.Parameters.AddWithValue("$a", a);
        if (b is not null)
        {
            command.Parameters.AddWithValue("$b", b);
        }
    }
}
