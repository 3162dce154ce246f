using System.Diagnostics;

namespace OffeneVersammlung.Bench.Load;

/// <summary>CPU time of a process from /proc, as a share of one core over a wall-clock window.</summary>
public sealed class CpuMeter(int processId)
{
    private static readonly double TicksPerSecond = 100.0; // USER_HZ on Linux
    private long _startTicks;
    private long _startWall;

    public static CpuMeter Self() => new(Environment.ProcessId);

    public void Start()
    {
        _startTicks = CpuTicks();
        _startWall = Stopwatch.GetTimestamp();
    }

    /// <summary>Percent of one core used since <see cref="Start"/>.</summary>
    public double Stop()
    {
        var cpu = (CpuTicks() - _startTicks) / TicksPerSecond;
        var wall = Stopwatch.GetElapsedTime(_startWall).TotalSeconds;
        return wall <= 0 ? 0 : 100 * cpu / wall;
    }

    private long CpuTicks()
    {
        var stat = File.ReadAllText($"/proc/{processId}/stat");
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
