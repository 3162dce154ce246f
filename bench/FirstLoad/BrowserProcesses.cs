namespace OffeneVersammlung.Bench.FirstLoad;

/// <summary>
/// This process's descendants (Playwright's driver and the Chromium it launched, not other people's
/// browsers on a shared machine): their memory and CPU time from /proc.
/// </summary>
public static class BrowserProcesses
{
    private const double TicksPerSecond = 100.0; // USER_HZ on Linux

    /// <summary>Sum of the descendants' proportional set sizes (shared pages split between the processes sharing them).</summary>
    public static long ProportionalBytes() => Descendants().Sum(pid => Read(() => Pss(pid)));

    public static double CpuSeconds() => Descendants().Sum(pid => Read(() => Ticks(pid))) / TicksPerSecond;

    public static async Task<long> SamplePeakAsync(CancellationToken stop)
    {
        long peak = 0;
        while (!stop.IsCancellationRequested)
        {
            peak = Math.Max(peak, ProportionalBytes());
            try
            {
                await Task.Delay(1000, stop);
            }
            catch (OperationCanceledException)
            {
            }
        }

        return Math.Max(peak, ProportionalBytes());
    }

    private static List<int> Descendants()
    {
        var parents = new Dictionary<int, int>();
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            if (int.TryParse(Path.GetFileName(dir), out var pid))
            {
                var stat = Read(() => File.ReadAllText($"/proc/{pid}/stat")) ?? "";
                if (stat.Length > 0)
                {
                    parents[pid] = int.Parse(Fields(stat)[1]);
                }
            }
        }

        var found = new List<int>();
        var open = new Queue<int>([Environment.ProcessId]);
        while (open.TryDequeue(out var parent))
        {
            foreach (var (pid, ppid) in parents)
            {
                if (ppid == parent)
                {
                    found.Add(pid);
                    open.Enqueue(pid);
                }
            }
        }

        return found;
    }

    private static long Pss(int pid)
    {
        foreach (var line in File.ReadLines($"/proc/{pid}/smaps_rollup"))
        {
            if (line.StartsWith("Pss:", StringComparison.Ordinal))
            {
                return long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) * 1024;
            }
        }

        return 0;
    }

    private static long Ticks(int pid)
    {
        var fields = Fields(File.ReadAllText($"/proc/{pid}/stat"));
        return long.Parse(fields[11]) + long.Parse(fields[12]) + long.Parse(fields[13]) + long.Parse(fields[14]);
    }

    // The fields after the command name, which may itself contain spaces: state, ppid, ...
    private static string[] Fields(string stat) => stat[(stat.LastIndexOf(')') + 2)..].Split(' ');

    // A process may end between listing and reading.
    private static T Read<T>(Func<T> read)
    {
        try
        {
            return read();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return default!;
        }
    }
}
