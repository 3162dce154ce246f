using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Qr;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>An assembly this device opened, kept in the browser so the facilitator finds the secret links again.</summary>
public sealed record SavedAssembly(Guid AssemblyId, string Title, DateTimeOffset? StartsAt, string JoinCode, string FacilitatorUrl, string ProjectorUrl, DateTimeOffset SavedAt)
{
    /// <summary>What this device keeps of an assembly it just opened: its secret links under <paramref name="baseUrl"/>.</summary>
    public static SavedAssembly Of(AssemblyOpened opened, string title, DateTimeOffset? startsAt, string baseUrl, DateTimeOffset savedAt) => new(
        opened.AssemblyId,
        title,
        startsAt,
        opened.JoinCode,
        JoinLinks.Facilitator(baseUrl, opened.AssemblyId, opened.FacilitatorSecret),
        JoinLinks.Projector(baseUrl, opened.AssemblyId, opened.ProjectorSecret),
        savedAt);
}
