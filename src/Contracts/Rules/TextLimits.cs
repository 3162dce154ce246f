namespace OffeneVersammlung.Contracts;

/// <summary>Upper bounds for every text a person can type; they keep boards readable and payloads small.</summary>
public static class TextLimits
{
    public const int Title = 120;
    public const int Place = 120;
    public const int Pseudonym = 40;
    public const int CheckInWord = 30;
    public const int Topic = 200;
    public const int Category = 40;
    public const int ClusterLabel = 60;
    public const int GroupName = 80;
    public const int ProfileField = 600;
    public const int ProfileGoal = 200;
    public const int MaxGoals = 3;
    public const int RecommendationSentence = 280;
    public const int GroupStatusText = 280;
}
