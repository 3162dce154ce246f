namespace OffeneVersammlung.Contracts.Views;

/// <summary>A move the console offers: where it leads, or why it is refused right now.</summary>
public sealed record PhaseMove(PhaseTrigger Trigger, Phase? Destination, RefusalCode? RefusedBecause);
