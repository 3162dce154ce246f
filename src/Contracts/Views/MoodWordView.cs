namespace OffeneVersammlung.Contracts.Views;

public sealed record MoodWordView(Mood Mood, string Word);
