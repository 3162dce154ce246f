namespace OffeneVersammlung.Contracts.Views;

/// <summary>One recorded phase change, for the audit and the protocol.</summary>
public sealed record PhaseStep(Phase From, Phase To, PhaseTrigger Trigger, DateTimeOffset At);
