namespace OffeneVersammlung.Engine.Templates;

/// <summary>Dot-voting conventions: a budget per person and a cap per topic.</summary>
public sealed record VotingRules(int DotsPerPerson, int MaxDotsPerTopic)
{
    public const int MinDots = 1;
    public const int MaxDots = 20;
}
