using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// The answer to Join and Resume: who the phone is in which assembly, the device token to keep
/// (the only time it travels from the server) and the phone's view to start from. A refused reply
/// names no assembly and no participant (null, never <see cref="Guid.Empty"/>, which is no id at all);
/// only a phone waiting at the door gets its device token with the refusal, to ask again as itself.
/// </summary>
public sealed record JoinResult(
    bool Accepted,
    RefusalCode? Refusal,
    string? Detail,
    Guid? AssemblyId,
    Guid? ParticipantId,
    string? DeviceToken,
    ParticipantView? Snapshot)
{
    public static JoinResult Refused(RefusalCode code, string? detail = null) => new(false, code, detail, null, null, null, null);
}
