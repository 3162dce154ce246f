using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>
/// One arrow of the phase diagram, routed; <see cref="Times"/> counts how often a taken move was made.
/// A label on a straight drop sits beside the line instead of on it.
/// </summary>
internal sealed record PhaseArrow(
    Phase From,
    Phase To,
    PhaseTrigger Trigger,
    PhaseArrowKind Kind,
    int Times,
    string Path,
    string Head,
    SvgPoint Label,
    bool LabelBesideLine);
