namespace OffeneVersammlung.Contracts;

/// <summary>How many people the facilitator counted, and when.</summary>
public sealed record Headcount(int Count, DateTimeOffset CountedAt);
