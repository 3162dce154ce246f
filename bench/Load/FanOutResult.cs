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
    double? StoreCpuPercent = null);
