namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// The countdown as every screen shows it. <see cref="EndsAt"/> lets a screen count down on its own
/// between updates; <see cref="RemainingSeconds"/> is negative when the timebox is over.
/// </summary>
public sealed record TimerView(int DurationSeconds, int RemainingSeconds, bool IsRunning, DateTimeOffset? EndsAt);
