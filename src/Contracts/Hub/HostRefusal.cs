namespace OffeneVersammlung.Contracts;

/// <summary>
/// Reasons the host adds to engine refusal codes for what only the host knows (connections, secrets
/// and limits), so screens can tell "not connected" from "wrong link". Sent as its name in JSON and as
/// its number in MessagePack: values are fixed, never reuse or move one.
/// </summary>
public enum HostRefusal
{
    /// <summary>The connection has not joined or connected to an assembly, or not in the role the method needs.</summary>
    WrongRole = 0,

    /// <summary>The secret link does not belong to this assembly (or the assembly does not exist).</summary>
    InvalidSecret = 1,

    /// <summary>No live assembly has this join code.</summary>
    UnknownJoinCode = 2,

    /// <summary>Too many wrong codes on this connection, or from this network address within the window.</summary>
    TooManyAttempts = 3,

    /// <summary>The connection sent more commands than its rate allows; nothing was done.</summary>
    Throttled = 4,

    /// <summary>The device token is not known in this assembly.</summary>
    UnknownDevice = 5,

    /// <summary>Every command needs a client-made, non-empty id.</summary>
    CommandIdRequired = 6,
}
