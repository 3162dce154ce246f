namespace OffeneVersammlung.Contracts.Views;

/// <summary>A person on the console's speakers' list, with how often they were called this evening (a count, never what they said).</summary>
public sealed record SpeakerLine(Guid ParticipantId, string? Name, Presence Presence, Channel Channel, int Turns);
