using OffeneVersammlung.Facilitator.Announcements;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// The group spaces' links, in the host's SQLite file or in PostgreSQL: one random token per member (their private
/// link; it goes when they leave) and one per space for its public profile (no member). A member's row remembers which
/// participant of which assembly they were, only so that their phone finds its link after the evening; the assembly's
/// deletion forgets that (<see cref="ForgetAssemblyAsync"/>) and the link keeps working.
/// </summary>
public interface IGroupSpaceLinks
{
    /// <summary>The member's token, drawn the first time (the same 128 random bits as the invitation's link).</summary>
    async Task<string> GetOrCreateMemberAsync(Guid spaceId, Guid memberId, Guid assemblyId, Guid participantId, CancellationToken cancellationToken = default)
    {
        await TryAddAsync(new GroupSpaceLinkRow(AnnouncementTokens.NewToken(), spaceId, memberId, assemblyId, participantId), cancellationToken);
        return (await MemberTokensAsync(spaceId, cancellationToken))[memberId];
    }

    /// <summary>The space's public token, drawn the first time its members switch the profile on.</summary>
    async Task<string> GetOrCreatePublicAsync(Guid spaceId, CancellationToken cancellationToken = default)
    {
        if (await FindPublicAsync(spaceId, cancellationToken) is { } existing)
        {
            return existing;
        }

        await TryAddAsync(new GroupSpaceLinkRow(AnnouncementTokens.NewToken(), spaceId, null, null, null), cancellationToken);
        return (await FindPublicAsync(spaceId, cancellationToken))!;
    }

    Task<string?> FindPublicAsync(Guid spaceId, CancellationToken cancellationToken = default);

    /// <summary>The link a phone's participant holds in the space made of their group, if one was drawn.</summary>
    Task<string?> FindByParticipantAsync(Guid assemblyId, Guid participantId, CancellationToken cancellationToken = default);

    Task<GroupSpaceLink?> FindAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>Every member's token of a space, for the paper members' cards.</summary>
    async Task<IReadOnlyDictionary<Guid, string>> MemberTokensAsync(Guid spaceId, CancellationToken cancellationToken = default) =>
        (await RowsAsync(spaceId, cancellationToken)).Where(r => r.MemberId is not null).ToDictionary(r => r.MemberId!.Value, r => r.Token);

    /// <summary>Every row of a space (its members' links and its public one), for the move to another store.</summary>
    Task<IReadOnlyList<GroupSpaceLinkRow>> RowsAsync(Guid spaceId, CancellationToken cancellationToken = default);

    /// <summary>Keeps a row drawn elsewhere (a space moved from another store); false when its token or its member is taken.</summary>
    Task<bool> TryAddAsync(GroupSpaceLinkRow row, CancellationToken cancellationToken = default);

    /// <summary>A member left: their link stops at once.</summary>
    Task DeleteMemberAsync(Guid spaceId, Guid memberId, CancellationToken cancellationToken = default);

    Task DeleteSpaceAsync(Guid spaceId, CancellationToken cancellationToken = default);

    /// <summary>The assembly is deleted: nothing here may say any more who in it became which member.</summary>
    Task ForgetAssemblyAsync(Guid assemblyId, CancellationToken cancellationToken = default);
}
