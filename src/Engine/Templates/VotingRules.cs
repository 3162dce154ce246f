using MessagePack;

namespace OffeneVersammlung.Engine.Templates;

/// <summary>Dot-voting conventions: a budget per person and a cap per topic.</summary>
[MessagePackObject]
public sealed record VotingRules([property: Key(0)] int DotsPerPerson, [property: Key(1)] int MaxDotsPerTopic)
{
    public const int MinDots = 1;
    public const int MaxDots = 20;
}
