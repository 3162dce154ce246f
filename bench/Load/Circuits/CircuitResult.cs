namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>Server-mode phones (circuits) at one audience size: their memory, the server's CPU per push, what reached them.</summary>
public sealed record CircuitResult(
    int Circuits,
    int Started,
    string Failure,
    long ResidentBefore,
    long ResidentAfter,
    int Votes,
    int Accepted,
    double ServerCpuPercent,
    TimeSpan Window,
    double BoardsPerVoter,
    double BatchesPerCircuit,
    int CircuitsWithBatches,
    double BatchBytesPerCircuit,
    Latency VoteToBatchLower,
    Latency VoteToBatchUpper)
{
    public double KiBPerCircuit => Started == 0 ? double.NaN : (ResidentAfter - ResidentBefore) / 1024.0 / Started;

    /// <summary>Server CPU time in the window per board push (all circuits), in ms.</summary>
    public double CpuPerPushMs => BoardsPerVoter <= 0 ? double.NaN : ServerCpuPercent / 100 * Window.TotalMilliseconds / BoardsPerVoter;
}
