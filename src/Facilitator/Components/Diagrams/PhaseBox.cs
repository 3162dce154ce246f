using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>One phase of the diagram, placed.</summary>
internal sealed record PhaseBox(Phase Phase, int Step, int X, int Y, PhaseProgress Progress);
