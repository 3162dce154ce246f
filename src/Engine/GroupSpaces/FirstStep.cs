namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>One of the group's first steps, ticked off or not.</summary>
public sealed record FirstStep(Guid Id, string Text, bool Done);
