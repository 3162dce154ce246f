namespace OffeneVersammlung.Engine.Views;

public sealed record WordCount(string Word, int Count);
