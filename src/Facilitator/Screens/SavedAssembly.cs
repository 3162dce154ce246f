namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>An assembly this device opened, kept in the browser so the facilitator finds the secret links again.</summary>
public sealed record SavedAssembly(Guid AssemblyId, string Title, DateTimeOffset? StartsAt, string JoinCode, string FacilitatorUrl, string ProjectorUrl, DateTimeOffset SavedAt);
