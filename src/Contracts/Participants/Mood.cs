namespace OffeneVersammlung.Contracts;

/// <summary>The five-step mood scale of check-in and check-out.</summary>
public enum Mood
{
    VeryLow = 1,
    Low = 2,
    Okay = 3,
    Good = 4,
    VeryGood = 5,
}
