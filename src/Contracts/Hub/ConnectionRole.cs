namespace OffeneVersammlung.Contracts;

/// <summary>What a hub connection may do, decided once when it connects with a secret, a join code or a device token.</summary>
public enum ConnectionRole
{
    Participant = 0,
    Projector = 1,
    Facilitator = 2,
}
