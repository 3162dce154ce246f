namespace OffeneVersammlung.Contracts.Views;

public sealed record WordCount(string Word, int Count);
