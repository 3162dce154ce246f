namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>What a group-space token opens: a member's space, or (no member) a space's public profile.</summary>
public sealed record GroupSpaceLink(string Token, Guid SpaceId, Guid? MemberId);
