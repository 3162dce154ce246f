namespace OffeneVersammlung.Facilitator.Components.Diagrams;

internal enum PhaseArrowKind
{
    /// <summary>The template's way forward, from one phase to the next.</summary>
    Forward,

    /// <summary>A shortcut the machine permits (reopening topics, a run-off) that was not taken.</summary>
    Possible,

    /// <summary>A move off the forward path that the evening actually made: a step back, a reopening, an early close.</summary>
    Taken,
}
