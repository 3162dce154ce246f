using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Access;

/// <summary>
/// Lets connections in without accounts: the facilitator and the projector by their secret links,
/// phones by the join code and, from then on, by the device token they keep. One device token is one
/// participant with one dot budget, however often the phone reloads or reconnects.
/// </summary>
public sealed partial class Admission(IAccessStore access, LiveAssemblies assemblies, ILogger<Admission> logger)
{
    public Task<Admitted> AdmitFacilitatorAsync(Guid assemblyId, string? secret) =>
        AdmitBySecretAsync(assemblyId, secret, r => r.FacilitatorSecretHash, ConnectionBinding.Facilitator(assemblyId));

    public Task<Admitted> AdmitProjectorAsync(Guid assemblyId, string? secret) =>
        AdmitBySecretAsync(assemblyId, secret, r => r.ProjectorSecretHash, ConnectionBinding.Projector(assemblyId));

    /// <summary>
    /// A phone joins with the code from the wall. With a device token the assembly already knows, it
    /// gets the same participant back (pseudonym and presence stay as they were). At a door that asks
    /// for a knock, a new phone knocks instead and asks again with the token it was given until the
    /// facilitator has let it in (then the device is known) or turned it away.
    /// </summary>
    public Task<Admitted> JoinAsync(string? joinCode, string? pseudonym, Presence presence, string? deviceToken) =>
        UnlessStoreIsDownAsync(() => JoinWithStoreAsync(joinCode, pseudonym, presence, deviceToken));

    /// <summary>A phone that joined before comes back (new connection, reload, other network).</summary>
    public Task<Admitted> ResumeAsync(Guid assemblyId, string? deviceToken) => UnlessStoreIsDownAsync(async () =>
        Secret.IsWellFormed(deviceToken) && await FindByDeviceAsync(assemblyId, Secret.DeviceKeyOf(deviceToken!)) is { } participantId
            ? Admitted.As(ConnectionBinding.Participant(assemblyId, participantId), deviceToken)
            : Admitted.Refused(RefusalCode.UnknownParticipant, HostRefusal.UnknownDevice));

    /// <summary>
    /// Refusal 68 while the store cannot be reached (an access record or an assembly this node has not read yet, or
    /// the join's own event): the phone is told to try again, as a command is, and nothing is remembered of the try.
    /// </summary>
    private static async Task<Admitted> UnlessStoreIsDownAsync(Func<Task<Admitted>> admit)
    {
        try
        {
            return await admit();
        }
        catch (Exception e) when (e is StoreUnavailableException || PostgresEventStore.IsUnreachable(e))
        {
            return Admitted.Refused(RefusalCode.StoreUnavailable);
        }
    }

    private async Task<Admitted> JoinWithStoreAsync(string? joinCode, string? pseudonym, Presence presence, string? deviceToken)
    {
        if (JoinCode.Normalise(joinCode) is not { } code || await access.FindByJoinCodeAsync(code) is not { } record)
        {
            return Admitted.Refused(RefusalCode.ValueOutOfRange, HostRefusal.UnknownJoinCode);
        }

        var token = Secret.IsWellFormed(deviceToken) ? deviceToken! : Secret.Create();
        var deviceKey = Secret.DeviceKeyOf(token);
        if (await FindByDeviceAsync(record.AssemblyId, deviceKey) is { } known)
        {
            return Admitted.As(ConnectionBinding.Participant(record.AssemblyId, known), token);
        }

        var participantId = Guid.NewGuid();
        var outcome = await assemblies.ExecuteAsync(
            record.AssemblyId,
            new JoinAssembly(Guid.NewGuid(), participantId, deviceKey, pseudonym, presence),
            Actor.Participant(participantId));
        if (outcome.IsAccepted && await FindByDeviceAsync(record.AssemblyId, deviceKey) is null)
        {
            LogKnocked(record.AssemblyId, participantId);
            return Admitted.Knocking(token);
        }

        if (outcome.IsAccepted)
        {
            LogJoined(record.AssemblyId, participantId);
            return Admitted.As(ConnectionBinding.Participant(record.AssemblyId, participantId), token);
        }

        // Two tabs of one phone joining at once: the second finds the participant the first created.
        return outcome.Refusal!.Code switch
        {
            RefusalCode.DeviceAlreadyJoined when await FindByDeviceAsync(record.AssemblyId, deviceKey) is { } raced =>
                Admitted.As(ConnectionBinding.Participant(record.AssemblyId, raced), token),
            RefusalCode.WaitingAtDoor => Admitted.Knocking(token),
            _ => Admitted.Refused(outcome.Refusal.Code),
        };
    }

    private async Task<Admitted> AdmitBySecretAsync(Guid assemblyId, string? secret, Func<AccessRecord, byte[]> hashOf, ConnectionBinding binding)
    {
        if (await access.FindByAssemblyAsync(assemblyId) is { } record && Secret.Matches(secret, hashOf(record)))
        {
            LogAdmitted(assemblyId, binding.Role);
            return Admitted.As(binding);
        }

        LogSecretRefused(assemblyId, binding.Role);
        return Admitted.Refused(RefusalCode.NotAllowedForRole, HostRefusal.InvalidSecret);
    }

    private async Task<Guid?> FindByDeviceAsync(Guid assemblyId, string deviceKey) =>
        (await assemblies.ReadAsync(assemblyId, (assembly, _) => assembly.State.FindParticipantByDevice(deviceKey)))?.Id;

    [LoggerMessage(Level = LogLevel.Information, Message = "Assembly {AssemblyId}: participant {ParticipantId} joined")]
    private partial void LogJoined(Guid assemblyId, Guid participantId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Assembly {AssemblyId}: a phone knocked as {ParticipantId}")]
    private partial void LogKnocked(Guid assemblyId, Guid participantId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Assembly {AssemblyId}: {Role} connected")]
    private partial void LogAdmitted(Guid assemblyId, ConnectionRole role);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assembly {AssemblyId}: {Role} secret refused")]
    private partial void LogSecretRefused(Guid assemblyId, ConnectionRole role);
}
