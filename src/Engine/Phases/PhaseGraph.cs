using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.Phases;

/// <summary>
/// The phase graph of a template as data, read from the configured machine: the phases in their
/// order and every transition it permits, so a drawing cannot drift from what the machine does.
/// </summary>
public sealed record PhaseGraph(IReadOnlyList<Phase> Phases, IReadOnlyList<PhaseEdge> Edges);
