namespace OffeneVersammlung.Facilitator.Access;

/// <summary>
/// Details the host adds to engine refusal codes for what only the host knows (connections and
/// secrets), so screens can tell "not connected" from "wrong link".
/// </summary>
public static class HostRefusal
{
    /// <summary>The connection has not joined or connected to an assembly, or not in the role the method needs.</summary>
    public const string WrongRole = "WrongRole";

    /// <summary>The secret link does not belong to this assembly (or the assembly does not exist).</summary>
    public const string InvalidSecret = "InvalidSecret";

    /// <summary>No live assembly has this join code.</summary>
    public const string UnknownJoinCode = "UnknownJoinCode";

    /// <summary>Too many wrong codes on this connection, or from this network address within the window.</summary>
    public const string TooManyAttempts = "TooManyAttempts";

    /// <summary>The connection sent more commands than its rate allows; nothing was done.</summary>
    public const string Throttled = "Throttled";

    /// <summary>The device token is not known in this assembly.</summary>
    public const string UnknownDevice = "UnknownDevice";

    /// <summary>Every command needs a client-made, non-empty id.</summary>
    public const string CommandIdRequired = "CommandId";
}
