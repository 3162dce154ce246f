using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Contracts;

/// <summary>
/// The caller's whole view, for a fresh start after a reconnect or a version gap: a participant gets
/// <see cref="Participant"/>. An unbound connection gets no role and nothing else.
/// </summary>
public sealed record Snapshot(
    ConnectionRole? Role,
    long Version,
    ParticipantView? Participant);
