using System.Runtime;

namespace OffeneVersammlung.Bench;

/// <summary>
/// A server's memory as the benchmark reads it (<c>GET /bench/memory</c> on bench/ConsoleHost and bench/BareHub, the
/// same file linked into both and into the generator): the resident set and the GC's view as they were, then again after
/// a forced, compacting full collection. The difference between the two tells garbage and GC slack (memory the GC keeps
/// committed for its next allocations) from what the live objects need; what the resident set holds beyond the GC's
/// committed memory is native: code, thread stacks, Kestrel's and the sockets' buffers, SQLite's cache.
/// </summary>
public sealed record ServerMemory
{
    public long ResidentBytes { get; init; }

    /// <summary>Anonymous resident memory (heap, stacks, the GC's segments), without the mapped files of the runtime and the app.</summary>
    public long ResidentAnonymousBytes { get; init; }

    /// <summary>What the GC had allocated, garbage included, before the forced collection.</summary>
    public long HeapBytes { get; init; }

    /// <summary>What the GC held committed from the OS after its last collection before the forced one.</summary>
    public long CommittedBytes { get; init; }

    public long ResidentAfterCollectBytes { get; init; }

    public long ResidentAnonymousAfterCollectBytes { get; init; }

    /// <summary>The live objects: the heap right after the forced full compacting collection.</summary>
    public long LiveHeapBytes { get; init; }

    public long CommittedAfterCollectBytes { get; init; }

    public long FragmentedAfterCollectBytes { get; init; }

    public int Threads { get; init; }

    /// <summary>Server or workstation GC, concurrent or not, heaps, and the GC's dynamic adaptation and conserve settings.</summary>
    public string Collector { get; init; } = "";

    public static ServerMemory Take()
    {
        var (resident, anonymous, _) = Status();
        var before = GC.GetGCMemoryInfo();
        var heap = GC.GetTotalMemory(forceFullCollection: false);

        // Twice, with the finalizers in between: objects kept only by a finalizer go in the second pass.
        GCSettings.LargeObjectHeapCompactionMode = GCLargeObjectHeapCompactionMode.CompactOnce;
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        GC.WaitForPendingFinalizers();
        GC.Collect(GC.MaxGeneration, GCCollectionMode.Forced, blocking: true, compacting: true);
        var after = GC.GetGCMemoryInfo();
        var (residentAfter, anonymousAfter, threads) = Status();
        return new ServerMemory
        {
            ResidentBytes = resident,
            ResidentAnonymousBytes = anonymous,
            HeapBytes = heap,
            CommittedBytes = before.TotalCommittedBytes,
            ResidentAfterCollectBytes = residentAfter,
            ResidentAnonymousAfterCollectBytes = anonymousAfter,
            LiveHeapBytes = GC.GetTotalMemory(forceFullCollection: false),
            CommittedAfterCollectBytes = after.TotalCommittedBytes,
            FragmentedAfterCollectBytes = after.FragmentedBytes,
            Threads = threads,
            Collector = DescribeCollector(),
        };
    }

    // The GC's own names for its settings (GC.GetConfigurationVariables), the few that decide its footprint.
    private static readonly string[] FootprintSettings = ["Concurrent", "HeapCount", "Conserve", "Adaptation", "gen0size", "RetainVM"];

    private static string DescribeCollector()
    {
        var settings = GC.GetConfigurationVariables()
            .Where(s => FootprintSettings.Any(f => s.Key.Contains(f, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(s => s.Key, StringComparer.Ordinal)
            .Select(s => $"{s.Key}={s.Value}");
        return string.Join(", ", settings.Prepend(GCSettings.IsServerGC ? "server GC" : "workstation GC"));
    }

    private static (long Resident, long Anonymous, int Threads) Status()
    {
        long resident = 0, anonymous = 0;
        var threads = 0;
        foreach (var line in File.ReadLines("/proc/self/status"))
        {
            var parts = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            switch (parts[0])
            {
                case "VmRSS:":
                    resident = long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                    break;
                case "RssAnon:":
                    anonymous = long.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture) * 1024;
                    break;
                case "Threads:":
                    threads = int.Parse(parts[1], System.Globalization.CultureInfo.InvariantCulture);
                    break;
            }
        }

        return (resident, anonymous, threads);
    }
}
