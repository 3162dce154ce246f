namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// Check-in or check-out as the room sees it: how many chose each mood (index 0 is the lowest) and
/// the words as a cloud, with no name attached to either.
/// </summary>
public sealed record MoodBoard(int Answers, IReadOnlyList<int> MoodCounts, IReadOnlyList<WordCount> Words);
