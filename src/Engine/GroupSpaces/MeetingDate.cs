namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>A date the group meets, with where (or how: a link, "per Teams").</summary>
public sealed record MeetingDate(Guid Id, DateTimeOffset At, string? Place);
