namespace OffeneVersammlung.Bench.Load;

/// <summary>
/// The in-process console with <see cref="Clients"/> phones in the room: each vote until the console
/// showed a view carrying it, the voters' acknowledgements, and how long each view build held the
/// assembly's gate (room: board and touched own views; console: a row per participant).
/// </summary>
public sealed record ConsoleResult(
    int Clients,
    int Votes,
    int Refused,
    Latency Acknowledged,
    Latency VoteToConsole,
    long Missing,
    int ConsoleViews,
    Latency RoomHold,
    Latency ConsoleHold,
    double ServerCpuPercent);
