namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// What a token opens: a member's space, or (no member) a space's public profile; for a member's link also the assembly
/// it was drawn in, until that assembly is deleted (a card printed before the close opens the space from it).
/// </summary>
public sealed record GroupSpaceLink(string Token, Guid SpaceId, Guid? MemberId, Guid? AssemblyId);
