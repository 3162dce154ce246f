using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>A new assembly with its access, or the reason none was opened.</summary>
public sealed record AssemblyOpened(Guid AssemblyId, string JoinCode, string FacilitatorSecret, string ProjectorSecret, Refusal? Refusal)
{
    public bool IsOpened => Refusal is null;

    public static AssemblyOpened Refused(RefusalCode code, string? detail) => new(Guid.Empty, string.Empty, string.Empty, string.Empty, new Refusal(code, detail));
}
