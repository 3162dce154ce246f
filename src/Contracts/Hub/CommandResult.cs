namespace OffeneVersammlung.Contracts;

/// <summary>
/// The answer to every hub command: accepted, or refused with a code the screen translates, with the
/// assembly's version after the command. <see cref="Detail"/> is the engine's detail (such as the field
/// concerned, for the log and the developer); <see cref="Host"/> says what only the host knows
/// (connections, secrets, limits), so a screen can tell "not connected" from "wrong link".
/// </summary>
public sealed record CommandResult(bool Accepted, RefusalCode? Refusal, string? Detail, long Version, HostRefusal? Host = null)
{
    public static CommandResult Refused(RefusalCode code, HostRefusal? host = null) => new(false, code, null, 0, host);
}
