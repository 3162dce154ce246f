namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// The group spaces' links, in the host's SQLite file or in PostgreSQL: one random token per member (their private link;
/// it goes when they leave) and one per space for its public profile (no member). A member's row remembers which
/// participant of which assembly they were, only so that their phone finds its link after the evening; the assembly's
/// deletion forgets that (<see cref="ForgetAssemblyAsync"/>) and the link keeps working.
/// </summary>
public interface IGroupSpaceLinks
{
    /// <summary>The member's token, drawn the first time (the same 128 random bits as the invitation's link); the same token for every node asking.</summary>
    Task<string> GetOrCreateMemberAsync(Guid spaceId, Guid memberId, Guid assemblyId, Guid participantId, CancellationToken cancellationToken = default);

    /// <summary>The space's public token, drawn the first time its members switch the profile on.</summary>
    Task<string> GetOrCreatePublicAsync(Guid spaceId, CancellationToken cancellationToken = default);

    Task<string?> FindPublicAsync(Guid spaceId, CancellationToken cancellationToken = default);

    /// <summary>The link a phone's participant holds in the space made of their group, if one was drawn.</summary>
    Task<string?> FindByParticipantAsync(Guid assemblyId, Guid participantId, CancellationToken cancellationToken = default);

    Task<GroupSpaceLink?> FindAsync(string? token, CancellationToken cancellationToken = default);

    /// <summary>Every member's token of a space.</summary>
    Task<IReadOnlyDictionary<Guid, string>> MemberTokensAsync(Guid spaceId, CancellationToken cancellationToken = default);

    /// <summary>A member left: their link stops at once.</summary>
    Task DeleteMemberAsync(Guid spaceId, Guid memberId, CancellationToken cancellationToken = default);

    Task DeleteSpaceAsync(Guid spaceId, CancellationToken cancellationToken = default);

    /// <summary>The assembly is deleted: nothing here may say any more who in it became which member.</summary>
    Task ForgetAssemblyAsync(Guid assemblyId, CancellationToken cancellationToken = default);
}
