namespace OffeneVersammlung.Contracts;

/// <summary>
/// What a caller may do, decided once when it comes with a secret link, a join code or a device token.
/// Only phones reach the hub (<see cref="Snapshot.Role"/> is then <see cref="Participant"/>); the console and
/// the projector are admitted in the host's process. The numbers are on the wire and stay as they are.
/// </summary>
public enum ConnectionRole
{
    Participant = 0,
    Projector = 1,
    Facilitator = 2,
}
