using OffeneVersammlung.Engine.FollowUps;

namespace OffeneVersammlung.Facilitator.FollowUps;

/// <summary>What a follow-up takes over: where from, and the groups as they stood there (never a contact).</summary>
public sealed record FollowUpImport(FollowUpOrigin Origin, string? Place, Contracts.AssemblyFormat Format, IReadOnlyList<CarriedGroup> Groups);
