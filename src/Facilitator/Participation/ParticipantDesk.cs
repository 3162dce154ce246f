using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.FollowUps;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Speaking;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Facilitator.Hubs;
using OffeneVersammlung.Facilitator.Throttling;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// What a phone may do, whichever way it reaches the server: the hub (a phone running WebAssembly) and
/// the in-process line of a server-mode phone (a Blazor circuit) both hand every call of the contract's
/// <see cref="IParticipantHub"/> here, with their <see cref="IParticipantCaller"/>. So joining, resuming,
/// the join guard, the admission at the door and the commands have one rule each, not one per mode;
/// the commands then take the one path through <see cref="AssemblyCommands"/>.
/// </summary>
public sealed class ParticipantDesk(AssemblyCommands commands, Admission admission, SnapshotReader snapshots, IJoinGuard joinGuard, HandLimit hands)
{
    /// <summary>Wrong codes one line may type before it is refused unlooked.</summary>
    public const int MaxFailedJoins = 10;

    /// <summary>
    /// The only way to learn whether a code is live, so it is the one that is limited: ten wrong codes per
    /// line, and per address the <see cref="JoinGuard"/>'s window, which never holds up a code the
    /// address has proven to know.
    /// </summary>
    public async Task<JoinResult> JoinAsync(IParticipantCaller caller, string joinCode, string? pseudonym, Presence presence, string? deviceToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        var code = JoinCode.Normalise(joinCode);
        if (caller.FailedJoins >= MaxFailedJoins || !await joinGuard.MayTryAsync(caller.RemoteAddress, code ?? string.Empty))
        {
            await caller.UnbindAsync();
            return JoinResult.Refused(RefusalCode.TooManyRequests, HostRefusal.TooManyAttempts);
        }

        var admitted = await admission.JoinAsync(code, pseudonym, presence, deviceToken);
        if (admitted.Binding is not null)
        {
            await joinGuard.RecordKnownAsync(caller.RemoteAddress, code!);
        }

        return await JoinedAsync(caller, admitted);
    }

    public async Task<JoinResult> ResumeAsync(IParticipantCaller caller, Guid assemblyId, string deviceToken)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return await JoinedAsync(caller, await admission.ResumeAsync(assemblyId, deviceToken));
    }

    public Task<Snapshot> SnapshotAsync(IParticipantCaller caller)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return snapshots.ReadAsync(caller.Binding);
    }

    public Task<CommandResult> CheckInAsync(IParticipantCaller caller, Guid commandId, Mood mood, string word) =>
        AsParticipant(caller, me => new CheckIn(commandId, me, mood, word));

    public Task<CommandResult> CheckOutAsync(IParticipantCaller caller, Guid commandId, Mood mood, string word) =>
        AsParticipant(caller, me => new CheckOut(commandId, me, mood, word));

    public Task<CommandResult> SubmitTopicAsync(IParticipantCaller caller, Guid commandId, Guid topicId, string text, string? category) =>
        AsParticipant(caller, me => new SubmitTopic(commandId, topicId, me, text, category));

    public Task<CommandResult> WithdrawTopicAsync(IParticipantCaller caller, Guid commandId, Guid topicId) =>
        AsParticipant(caller, _ => new WithdrawTopic(commandId, topicId));

    public Task<CommandResult> CastDotAsync(IParticipantCaller caller, Guid commandId, Guid topicId) =>
        AsParticipant(caller, me => new CastDot(commandId, me, topicId));

    public Task<CommandResult> RemoveDotAsync(IParticipantCaller caller, Guid commandId, Guid topicId) =>
        AsParticipant(caller, me => new RemoveDot(commandId, me, topicId));

    public Task<CommandResult> JoinGroupAsync(IParticipantCaller caller, Guid commandId, Guid groupId) =>
        AsParticipant(caller, me => new JoinProjectGroup(commandId, me, groupId));

    public Task<CommandResult> LeaveGroupAsync(IParticipantCaller caller, Guid commandId) =>
        AsParticipant(caller, me => new LeaveProjectGroup(commandId, me));

    // Authors edit their own topic, members their group's profile (the engine checks which).

    public Task<CommandResult> EditTopicAsync(IParticipantCaller caller, Guid commandId, Guid topicId, string text, string? category) =>
        AsParticipant(caller, _ => new EditTopic(commandId, topicId, text, category));

    public Task<CommandResult> UpdateGroupProfileAsync(IParticipantCaller caller, Guid commandId, Guid groupId, GroupProfile profile) =>
        AsParticipant(caller, _ => new UpdateGroupProfile(commandId, groupId, profile));

    public Task<CommandResult> ReportGroupStatusAsync(IParticipantCaller caller, Guid commandId, Guid groupId, GroupStatus status, string? text, IReadOnlyList<int> stepsDone) =>
        AsParticipant(caller, _ => new ReportGroupStatus(commandId, groupId, status, text, stepsDone));

    public Task<CommandResult> RaiseHandAsync(IParticipantCaller caller, Guid commandId) =>
        AsHand(caller, me => new RaiseHand(commandId, me));

    public Task<CommandResult> LowerHandAsync(IParticipantCaller caller, Guid commandId) =>
        AsHand(caller, me => new LowerHand(commandId, me));

    // A hand changes everyone's place on the list, so beyond the connection's rate it has its own, per person.
    private Task<CommandResult> AsHand(IParticipantCaller caller, Func<Guid, AssemblyCommand> command)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return caller.Binding is { ParticipantId: { } me } && !hands.MayChange(me)
            ? Task.FromResult(HandLimit.Refused)
            : AsParticipant(caller, command);
    }

    private Task<CommandResult> AsParticipant(IParticipantCaller caller, Func<Guid, AssemblyCommand> command)
    {
        ArgumentNullException.ThrowIfNull(caller);
        return commands.AsParticipantAsync(caller.Binding, command);
    }

    private async Task<JoinResult> JoinedAsync(IParticipantCaller caller, Admitted admitted)
    {
        if (admitted.Binding is not { ParticipantId: { } participantId } binding)
        {
            if (admitted.Detail == HostRefusal.UnknownJoinCode)
            {
                caller.FailedJoins++;
                await joinGuard.RecordFailureAsync(caller.RemoteAddress);
            }

            await caller.UnbindAsync();
            return JoinResult.Refused(admitted.Refusal!.Value, admitted.Detail) with { DeviceToken = admitted.DeviceToken };
        }

        // Follow first, snapshot second: whatever happens in between arrives as a push with a newer version.
        await caller.BindAsync(binding);
        var view = await snapshots.ParticipantAsync(binding.AssemblyId, participantId);
        return new JoinResult(true, null, null, binding.AssemblyId, participantId, admitted.DeviceToken, view);
    }
}
