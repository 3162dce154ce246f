namespace OffeneVersammlung.Contracts.Views;

/// <summary>One of last time's first steps: done then, and done now (as the newest report ticked it, else as then).</summary>
public sealed record ProgressStep(string Text, bool DoneThen, bool DoneNow);
