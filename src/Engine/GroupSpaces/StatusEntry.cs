namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>One "Aktueller Stand" entry.</summary>
public sealed record StatusEntry(Guid Id, Guid MemberId, string Text, DateTimeOffset At);
