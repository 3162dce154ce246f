namespace OffeneVersammlung.Participant.Services;

/// <summary>What the phone tells its user about the line to the server.</summary>
public enum ConnectionState
{
    Connecting,
    Connected,
    Reconnecting,
    Offline,
}
