using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// What became of a command: accepted (and durably stored) or refused, and the assembly's version
/// afterwards. A repeated command id is accepted again without a second effect.
/// </summary>
public sealed record CommandOutcome(Refusal? Refusal, long Version, bool WasDuplicate)
{
    public bool IsAccepted => Refusal is null;

    public static CommandOutcome Refused(RefusalCode code, string? detail = null, long version = 0) => new(new Refusal(code, detail), version, false);
}
