namespace OffeneVersammlung.Bench.Load;

/// <summary>One side of a fan-out run at one audience size.</summary>
public sealed record FanOutResult(
    string Target,
    int Clients,
    int PayloadBytes,
    int Votes,
    int Refused,
    Latency Acknowledged,
    Latency Delta,
    long MissingDeliveries,
    double ServerCpuPercent,
    double GeneratorCpuPercent,
    double BoardsPerClient,
    TimeSpan? Settled = null,
    double? StoreCpuPercent = null,
    double BytesPerClientPerSecond = double.NaN,
    double Seconds = double.NaN,
    DeltaSizes? Deltas = null)
{
    /// <summary>Boards each client received per second of the measured window (the drain's late boards of its votes included).</summary>
    public double BoardsPerClientPerSecond => BoardsPerClient / Seconds;

    /// <summary>Board messages per second over all clients.</summary>
    public double BoardMessagesPerSecond => BoardsPerClientPerSecond * Clients;
}

/// <summary>Deltas from real boards of the room (decision 0023's alternative b): after one vote and after ten, bytes median and max, and the members that changed.</summary>
public sealed record DeltaSizes(int OneVoteMedian, int OneVoteMax, int TenVotesMedian, int TenVotesMax, string Members);
