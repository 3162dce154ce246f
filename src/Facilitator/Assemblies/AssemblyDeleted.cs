namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>The assembly and everything stored about it are gone; screens showing it should let go.</summary>
public sealed record AssemblyDeleted(Guid AssemblyId);
