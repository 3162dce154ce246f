using System.Diagnostics;

namespace OffeneVersammlung.Bench.Load;

/// <summary>Percentiles of a set of latencies in milliseconds (nearest rank).</summary>
public sealed record Latency(int Count, double P50, double P95, double P99, double Max)
{
    public static Latency Of(List<double> milliseconds)
    {
        if (milliseconds.Count == 0)
        {
            return new Latency(0, double.NaN, double.NaN, double.NaN, double.NaN);
        }

        milliseconds.Sort();
        double At(double p) => milliseconds[Math.Clamp((int)Math.Ceiling(p * milliseconds.Count) - 1, 0, milliseconds.Count - 1)];
        return new Latency(milliseconds.Count, At(0.50), At(0.95), At(0.99), milliseconds[^1]);
    }

    public static double Milliseconds(long fromTimestamp, long toTimestamp) =>
        (toTimestamp - fromTimestamp) * 1000.0 / Stopwatch.Frequency;

    public string Cells => $"{P50:0.0} | {P95:0.0} | {P99:0.0} | {Max:0.0}";
}
