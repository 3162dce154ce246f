namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>One row of the group spaces' links as a store keeps it: what the move between stores copies unchanged.</summary>
public sealed record GroupSpaceLinkRow(string Token, Guid SpaceId, Guid? MemberId, Guid? AssemblyId, Guid? ParticipantId);
