using System.Diagnostics;

namespace OffeneVersammlung.Bench.Load;

/// <summary>
/// CPU time of a set of processes from /proc (an app's nodes, a database's backends), as a share of one core over a
/// wall-clock window. A process that ends within the window counts with what it had used at the start.
/// </summary>
public sealed class CpuMeter(params int[] processIds)
{
    private static readonly double TicksPerSecond = 100.0; // USER_HZ on Linux
    private readonly Dictionary<int, long> _startTicks = [];
    private long _startWall;

    public static CpuMeter Self() => new(Environment.ProcessId);

    public void Start()
    {
        foreach (var id in processIds)
        {
            _startTicks[id] = CpuTicks(id) ?? 0;
        }

        _startWall = Stopwatch.GetTimestamp();
    }

    /// <summary>Percent of one core used since <see cref="Start"/>.</summary>
    public double Stop()
    {
        var cpu = _startTicks.Sum(s => (CpuTicks(s.Key) ?? s.Value) - s.Value) / TicksPerSecond;
        var wall = Stopwatch.GetElapsedTime(_startWall).TotalSeconds;
        return wall <= 0 ? 0 : 100 * cpu / wall;
    }

    private static long? CpuTicks(int processId)
    {
        string stat;
        try
        {
            stat = File.ReadAllText($"/proc/{processId}/stat");
        }
        catch (IOException)
        {
            return null;
        }

        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return long.Parse(fields[11]) + long.Parse(fields[12]); // utime, stime
    }

    /// <summary>Resident memory of a process in bytes.</summary>
    public static long ResidentBytes(int processId)
    {
        foreach (var line in File.ReadLines($"/proc/{processId}/status"))
        {
            if (line.StartsWith("VmRSS:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            }
        }

        return 0;
    }
}
