namespace OffeneVersammlung.Bench.Load.Idle;

/// <summary>
/// Phones joined and then idle on the app (or connected to the bare hub): the servers' memory before the phones came
/// and while they are idle, raw and after a forced full collection (summed over the nodes), the CPU of a window in
/// which nothing but keep-alive pings happens, and the generator processes' own CPU and memory.
/// </summary>
public sealed record IdleResult(
    string Target,
    string Deployment,
    int Phones,
    int Assemblies,
    int Generators,
    int Connected,
    int Failed,
    TimeSpan Joined,
    long ResidentBefore,
    long ResidentIdle,
    IReadOnlyList<ServerMemory> Before,
    IReadOnlyList<ServerMemory> Idle,
    TimeSpan Window,
    double ServerCpuPercent,
    double? StoreCpuPercent,
    double GeneratorCpuPercent,
    long GeneratorResident)
{
    /// <summary>Resident set while idle minus before the phones, per phone: the figure of issue 20's row.</summary>
    public double ResidentPerPhoneKiB => PerPhone(ResidentIdle - ResidentBefore);

    /// <summary>The same, both taken after a forced full collection: without garbage and without what the GC gave back.</summary>
    public double CollectedResidentPerPhoneKiB => PerPhone(Sum(Idle, m => m.ResidentAfterCollectBytes) - Sum(Before, m => m.ResidentAfterCollectBytes));

    /// <summary>What the phones' live objects take on the managed heap.</summary>
    public double LiveHeapPerPhoneKiB => PerPhone(Sum(Idle, m => m.LiveHeapBytes) - Sum(Before, m => m.LiveHeapBytes));

    /// <summary>What the GC held committed while idle (before the forced collection) beyond before, per phone: live objects, garbage and slack.</summary>
    public double CommittedPerPhoneKiB => PerPhone(Sum(Idle, m => m.CommittedBytes) - Sum(Before, m => m.CommittedBytes));

    /// <summary>Anonymous resident memory the GC does not account for (after the collection): sockets' and Kestrel's buffers, stacks, native allocations.</summary>
    public double NativePerPhoneKiB => PerPhone(
        Sum(Idle, m => m.ResidentAnonymousAfterCollectBytes - m.CommittedAfterCollectBytes) - Sum(Before, m => m.ResidentAnonymousAfterCollectBytes - m.CommittedAfterCollectBytes));

    public string Collector => Idle.Count == 0 ? "?" : Idle[0].Collector;

    public int Threads => Idle.Sum(m => m.Threads);

    private static long Sum(IReadOnlyList<ServerMemory> memory, Func<ServerMemory, long> figure) => memory.Sum(figure);

    private double PerPhone(long bytes) => Phones == 0 ? double.NaN : bytes / 1024.0 / Phones;
}
