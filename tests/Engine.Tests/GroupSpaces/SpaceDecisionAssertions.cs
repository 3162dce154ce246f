using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.GroupSpaces;

namespace OffeneVersammlung.Engine.Tests.GroupSpaces;

internal static class SpaceDecisionAssertions
{
    public static SpaceDecision AssertAccepted(this SpaceDecision decision)
    {
        Assert.True(decision.IsAccepted, $"Expected acceptance, got {decision.Refusal}");
        return decision;
    }

    public static void AssertRefused(this SpaceDecision decision, RefusalCode code)
    {
        Assert.False(decision.IsAccepted, "Expected a refusal, the command was accepted.");
        Assert.Equal(code, decision.Refusal!.Code);
        Assert.Empty(decision.Events);
    }
}
