namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>
/// Changes every server-mode phone shows, at one audience size: new topics at a steady rate (each timed to the batch
/// carrying its version at every circuit), then single changes one at a time; the bare hub's run of the same rate and
/// room size is added once it ran (<see cref="Bare"/>).
/// </summary>
public sealed record CircuitFanOutResult(
    int Circuits,
    int Started,
    string Failure,
    int Topics,
    int Accepted,
    int TopicsOnBoard,
    int BoardBytes,
    double ServerCpuPercent,
    double GeneratorCpuPercent,
    TimeSpan Window,
    double BatchesPerCircuit,
    double BytesPerCircuit,
    Latency TopicToCircuit,
    long Missing,
    Latency TopicToHubPhone,
    IReadOnlyList<CircuitChange> Changes,
    double BatchesWhileOthersVoted,
    string Errors)
{
    /// <summary>The same rate and room size through the bare hub, which broadcasts the board the window started with.</summary>
    public FanOutResult? Bare { get; init; }

    /// <summary>Server CPU time in the window per push a circuit rendered (all circuits), in ms.</summary>
    public double CpuPerPushMs => BatchesPerCircuit <= 0 ? double.NaN : ServerCpuPercent / 100 * Window.TotalMilliseconds / BatchesPerCircuit;

    /// <summary>Issue 12's ratio: change → every circuit's batch p99 over the bare hub's change → every client's board p99.</summary>
    public double Ratio => Bare is { } bare ? TopicToCircuit.P99 / bare.Delta.P99 : double.NaN;
}

/// <summary>One change every phone shows (a phase change, the reveal): from its send until each circuit's batch that carries it.</summary>
public sealed record CircuitChange(string Name, long Version, Latency Shown, int Missing, double BytesPerCircuit, double ServerCpuMs);
