namespace OffeneVersammlung.Engine.Views;

/// <summary>The speakers' list in the protocol: how many turns were given, to how many people. Counts only.</summary>
public sealed record ProtocolSpeaking(int Contributions, int Speakers);
