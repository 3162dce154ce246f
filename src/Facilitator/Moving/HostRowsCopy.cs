using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Moving;

/// <summary>
/// Copies the host's rows that belong to one stream: an assembly's access record (its join code and the hashes of its
/// console and projector links) and its announcement link, a group space's links. A row the target holds already must
/// be the same; a join code or token the target gives to something else is refused (it stays unique there).
/// Device tokens need no row: the assembly's events hold each device's key, so a phone resumes from them.
/// </summary>
public static class HostRowsCopy
{
    /// <summary>The problems found, none when the target now holds the assembly's rows as the source does.</summary>
    public static async Task<IReadOnlyList<string>> CopyAssemblyAsync(MoveEnd from, MoveEnd to, Guid assemblyId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var problems = new List<string>();
        if (await from.Access.FindByAssemblyAsync(assemblyId, cancellationToken) is { } record)
        {
            var there = await to.Access.FindByAssemblyAsync(assemblyId, cancellationToken);
            if (there is null && !await to.Access.TryAddAsync(record, cancellationToken))
            {
                problems.Add($"join code {record.JoinCode} belongs to another assembly on the target");
            }
            else if (there is not null && !Same(record, there))
            {
                problems.Add("the target holds other access links for it");
            }
        }

        if (await from.Announcements.FindTokenAsync(assemblyId, cancellationToken) is { } token)
        {
            var there = await to.Announcements.FindTokenAsync(assemblyId, cancellationToken);
            if (there is null && !await to.Announcements.TryAddAsync(token, assemblyId, cancellationToken))
            {
                problems.Add("its announcement link belongs to another assembly on the target");
            }
            else if (there is not null && there != token)
            {
                problems.Add("the target holds another announcement link for it");
            }
        }

        return problems;
    }

    /// <summary>The problems found, none when the target now holds every link of the space as the source does.</summary>
    public static async Task<IReadOnlyList<string>> CopySpaceAsync(MoveEnd from, MoveEnd to, Guid spaceId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(from);
        ArgumentNullException.ThrowIfNull(to);
        var rows = await from.GroupSpaces.RowsAsync(spaceId, cancellationToken);
        var there = (await to.GroupSpaces.RowsAsync(spaceId, cancellationToken)).ToDictionary(r => r.Token, StringComparer.Ordinal);
        var problems = new List<string>();
        foreach (var row in rows)
        {
            if (there.TryGetValue(row.Token, out var held) ? held != row : !await to.GroupSpaces.TryAddAsync(row, cancellationToken))
            {
                problems.Add($"the target holds another link for {(row.MemberId is null ? "its public profile" : "a member")}");
            }
        }

        return problems;
    }

    private static bool Same(AccessRecord a, AccessRecord b) =>
        a.JoinCode == b.JoinCode
        && a.CreatedAt == b.CreatedAt
        && a.CreatedAt.Offset == b.CreatedAt.Offset
        && a.FacilitatorSecretHash.AsSpan().SequenceEqual(b.FacilitatorSecretHash)
        && a.ProjectorSecretHash.AsSpan().SequenceEqual(b.ProjectorSecretHash);
}
