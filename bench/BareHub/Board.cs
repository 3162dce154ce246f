namespace OffeneVersammlung.Bench.BareHub;

/// <summary>The broadcast message: a version as the product's board carries one, and a blob of the board's size.</summary>
public sealed record Board(long Version, byte[] Payload);
