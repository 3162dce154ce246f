using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Contracts;

/// <summary>
/// The caller's whole view, for a fresh start after a reconnect or a version gap: a participant gets
/// <see cref="Participant"/>, a facilitator <see cref="Facilitator"/>, a projector <see cref="Board"/>.
/// An unbound connection gets no role and nothing else.
/// </summary>
public sealed record Snapshot(
    ConnectionRole? Role,
    long Version,
    PublicBoard? Board,
    ParticipantView? Participant,
    FacilitatorView? Facilitator);
