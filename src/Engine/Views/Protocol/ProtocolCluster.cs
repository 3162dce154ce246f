namespace OffeneVersammlung.Engine.Views;

/// <summary>A named heap of topics, by the topics' running numbers.</summary>
public sealed record ProtocolCluster(Guid Id, string Label, IReadOnlyList<int> TopicNumbers);
