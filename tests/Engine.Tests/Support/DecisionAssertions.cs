using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Tests.Support;

internal static class DecisionAssertions
{
    public static Decision AssertAccepted(this Decision decision)
    {
        Assert.True(decision.IsAccepted, $"Expected acceptance, got {decision.Refusal}");
        return decision;
    }

    public static void AssertRefused(this Decision decision, RefusalCode code)
    {
        Assert.False(decision.IsAccepted, "Expected a refusal, the command was accepted.");
        Assert.Equal(code, decision.Refusal!.Code);
        Assert.Empty(decision.Events);
    }
}
