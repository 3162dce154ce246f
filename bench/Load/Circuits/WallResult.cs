namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>
/// The console's clustering wall under a steady stream of card moves, with the console's real circuit open
/// or with no console at all (the room's cost alone); the difference is the console's.
/// </summary>
public sealed record WallResult(
    bool WithConsole,
    int Phones,
    int Cards,
    int Updates,
    int Accepted,
    double ServerCpuPercent,
    TimeSpan Window,
    long FirstRenderBytes,
    int Batches,
    long BatchBytes,
    Latency UpdateToBatch,
    string Failure)
{
    /// <summary>Server CPU time in the window per accepted update, in ms.</summary>
    public double CpuPerUpdateMs => Accepted == 0 ? double.NaN : ServerCpuPercent / 100 * Window.TotalMilliseconds / Accepted;

    public double BatchesPerSecond => Batches / Window.TotalSeconds;

    public double BytesPerBatch => Batches == 0 ? double.NaN : (double)BatchBytes / Batches;
}
