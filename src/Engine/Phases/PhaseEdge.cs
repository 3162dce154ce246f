using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.Phases;

/// <summary>A move the phase machine permits from one phase to another (guards aside).</summary>
public sealed record PhaseEdge(Phase From, Phase To, PhaseTrigger Trigger);
