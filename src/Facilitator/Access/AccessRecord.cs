namespace OffeneVersammlung.Facilitator.Access;

/// <summary>How an assembly is reached: hashes of its two secret links and its join code. Never the plain secrets.</summary>
public sealed record AccessRecord(Guid AssemblyId, byte[] FacilitatorSecretHash, byte[] ProjectorSecretHash, string JoinCode, DateTimeOffset CreatedAt);
