namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>How far the evening got with a phase, as the diagram marks it.</summary>
internal enum PhaseProgress
{
    Ahead,
    Done,
    Current,
}
