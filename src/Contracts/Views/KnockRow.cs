namespace OffeneVersammlung.Contracts.Views;

/// <summary>A phone knocking at the door, as the facilitator sees it: the name it gave, never its device.</summary>
public sealed record KnockRow(Guid ParticipantId, string? Pseudonym, Presence Presence, DateTimeOffset At);
