namespace OffeneVersammlung.Contracts.Views;

public sealed record LocalizedTextView(string De, string En);
