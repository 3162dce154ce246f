namespace OffeneVersammlung.Engine.Participants;

public enum Presence
{
    InRoom,
    Remote,
}
