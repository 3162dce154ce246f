using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Facilitator.Access;

/// <summary>
/// The outcome of connecting: a binding for the caller, or why not. Phones also get their device token.
/// <see cref="Detail"/> is the host's reason, when the host refused (the engine's refusals carry none here).
/// </summary>
public sealed record Admitted(ConnectionBinding? Binding, RefusalCode? Refusal, HostRefusal? Detail, string? DeviceToken = null)
{
    public static Admitted As(ConnectionBinding binding, string? deviceToken = null) => new(binding, null, null, deviceToken);

    public static Admitted Refused(RefusalCode code, HostRefusal? detail = null) => new(null, code, detail);

    /// <summary>Knocked and not let in yet: the phone keeps the token to ask again as the same device.</summary>
    public static Admitted Knocking(string deviceToken) => new(null, RefusalCode.WaitingAtDoor, null, deviceToken);
}
