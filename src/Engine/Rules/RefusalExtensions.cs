using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Engine.Rules;

internal static class RefusalExtensions
{
    public static Decision AsDecision(this Refusal refusal) => Decision.Refuse(refusal.Code, refusal.Detail);
}
