namespace OffeneVersammlung.Bench.Load;

/// <summary>One assembly of the many: its votes, and vote → board at its own phones.</summary>
public sealed record AssemblyLatency(int Node, int Votes, int Refused, Latency Acknowledged, Latency Delta, long Missing);

/// <summary>Many assemblies voting at once (issue 20's 100 × 40): per assembly, and the servers' and the generator's CPU.</summary>
public sealed record AssembliesResult(
    string Deployment,
    int Nodes,
    int PhonesPerAssembly,
    double VotesPerSecond,
    TimeSpan Joined,
    TimeSpan Settled,
    List<AssemblyLatency> PerAssembly,
    Latency Acknowledged,
    double ServerCpuPercent,
    double? StoreCpuPercent,
    double GeneratorCpuPercent,
    long ResidentBytes);
