namespace OffeneVersammlung.Facilitator.Access;

/// <summary>What a hub connection may do, decided once when it connects with a secret, a join code or a device token.</summary>
public enum ConnectionRole
{
    Participant,
    Projector,
    Facilitator,
}
