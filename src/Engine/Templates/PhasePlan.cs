using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Engine.Templates;

/// <summary>One phase a template includes, with its timebox (none when null) and the prompt shown to everyone.</summary>
public sealed record PhasePlan(Phase Phase, int? TimeboxMinutes, LocalizedText? Prompt);
