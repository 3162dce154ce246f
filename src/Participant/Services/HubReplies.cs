using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Participant.Services;

/// <summary>The hub's answer to a command, as the phone reads it (same shape as the host's CommandResult).</summary>
public sealed record CommandReply(bool Accepted, RefusalCode? Refusal, string? Detail, long Version);

/// <summary>The hub's answer to Join and Resume (same shape as the host's JoinResult).</summary>
public sealed record JoinReply(bool Accepted, RefusalCode? Refusal, string? Detail, Guid? AssemblyId, Guid? ParticipantId, string? DeviceToken, ParticipantView? Snapshot);

/// <summary>The hub's snapshot for a participant connection (the parts a phone uses).</summary>
public sealed record SnapshotReply(long Version, ParticipantView? Participant);
