using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>One phase on the start page: whether the evening runs it, and its timebox in minutes (empty: none).</summary>
public sealed class PhaseChoice(Phase phase, bool included, int? timeboxMinutes)
{
    public Phase Phase { get; } = phase;

    public bool Included { get; set; } = included;

    public int? TimeboxMinutes { get; set; } = timeboxMinutes;
}
