namespace OffeneVersammlung.Engine.Views;

public sealed record LocalizedTextView(string De, string En);
