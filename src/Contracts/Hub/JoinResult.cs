using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Contracts;

/// <summary>
/// The answer to Join and Resume: who the phone is in which assembly, the device token to keep
/// (the only time it travels from the server) and the phone's view to start from. A refused reply
/// names no assembly and no participant (null, never <see cref="Guid.Empty"/>, which is no id at all);
/// only a phone waiting at the door gets its device token with the refusal, to ask again as itself.
/// <see cref="Host"/> is the host's own reason, also named in <see cref="Detail"/>, as in <see cref="CommandResult"/>.
/// </summary>
public sealed record JoinResult(
    bool Accepted,
    RefusalCode? Refusal,
    string? Detail,
    Guid? AssemblyId,
    Guid? ParticipantId,
    string? DeviceToken,
    ParticipantView? Snapshot,
    HostRefusal? Host = null)
{
    public static JoinResult Refused(RefusalCode code, HostRefusal? host = null) => new(false, code, host?.ToString(), null, null, null, null, host);
}
