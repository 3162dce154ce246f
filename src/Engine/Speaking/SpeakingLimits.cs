namespace OffeneVersammlung.Engine.Speaking;

public static class SpeakingLimits
{
    /// <summary>Shorter than this is no turn at all.</summary>
    public const int MinSecondsPerSpeaker = 15;

    public const int MaxSecondsPerSpeaker = 30 * 60;
}
