using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>A phone waiting at the door, with what it would join as once let in.</summary>
public sealed record Knock(Guid ParticipantId, string DeviceKey, string? Pseudonym, Presence Presence, DateTimeOffset At);
