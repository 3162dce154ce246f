namespace OffeneVersammlung.Contracts;

/// <summary>
/// The answer to every hub command: accepted, or refused with a code the screen translates, with the
/// assembly's version after the command. <see cref="Detail"/> is the engine's detail (such as the field
/// concerned, for the log and the developer); <see cref="Host"/> says what only the host knows
/// (connections, secrets, limits), so a screen can tell "not connected" from "wrong link". A host refusal
/// also names its reason in <see cref="Detail"/>, as replies did before the contract, for a phone still
/// running the earlier app (a tab left open across an update) and for the log; screens read <see cref="Host"/>.
/// </summary>
public sealed record CommandResult(bool Accepted, RefusalCode? Refusal, string? Detail, long Version, HostRefusal? Host = null)
{
    public static CommandResult Refused(RefusalCode code, HostRefusal? host = null) => new(false, code, host?.ToString(), 0, host);
}
