namespace OffeneVersammlung.Contracts.Views;

public sealed record ClusterCard(Guid Id, string Label);
