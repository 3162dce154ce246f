namespace OffeneVersammlung.Engine.Timers;

public static class TimerLimits
{
    public const int MaxSeconds = 4 * 60 * 60;
}
