namespace OffeneVersammlung.Engine.Views;

public sealed record ClusterCard(Guid Id, string Label);
