using System.Net;
using Microsoft.AspNetCore.SignalR;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Throttling;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// The one real-time endpoint for phones, the projector and the facilitator. A connection first
/// connects (secret link) or joins (code, device token); its role and assembly are kept in the
/// connection context. Each command method then only builds the engine command for that role and
/// hands it to the assembly service: the rules live in the engine. What a phone calls is the contract's
/// <see cref="IParticipantHub"/>; the facilitator's and the projector's methods are the hub's own.
/// </summary>
public sealed class AssemblyHub(LiveAssemblies assemblies, Admission admission, SnapshotReader snapshots, JoinGuard joinGuard)
    : Hub<IAssemblyClient>, IParticipantHub
{
    public const string Path = "/hub";
    private const int MaxFailedJoins = 10;
    private static readonly object BindingKey = typeof(ConnectionBinding);
    private static readonly object FailedJoinsKey = "FailedJoins";

    private ConnectionBinding? Binding => Context.Items.TryGetValue(BindingKey, out var value) ? value as ConnectionBinding : null;

    // Connecting

    public async Task<CommandResult> ConnectFacilitator(Guid assemblyId, string secret) =>
        await BindAsync(await admission.AdmitFacilitatorAsync(assemblyId, secret));

    public async Task<CommandResult> ConnectProjector(Guid assemblyId, string secret) =>
        await BindAsync(await admission.AdmitProjectorAsync(assemblyId, secret));

    /// <summary>
    /// The only way to learn whether a code is live, so it is the one that is limited: ten wrong codes per
    /// connection, and per address the <see cref="JoinGuard"/>'s window, which never holds up a code the
    /// address has proven to know.
    /// </summary>
    public async Task<JoinResult> Join(string joinCode, string? pseudonym, Presence presence, string? deviceToken)
    {
        var code = JoinCode.Normalise(joinCode);
        if (FailedJoins >= MaxFailedJoins || !joinGuard.MayTry(RemoteAddress, code ?? string.Empty))
        {
            await UnbindAsync();
            return JoinResult.Refused(RefusalCode.TooManyRequests, HostRefusal.TooManyAttempts);
        }

        var admitted = await admission.JoinAsync(code, pseudonym, presence, deviceToken);
        if (admitted.Binding is not null)
        {
            joinGuard.RecordKnown(RemoteAddress, code!);
        }

        return await JoinedAsync(admitted);
    }

    public async Task<JoinResult> Resume(Guid assemblyId, string deviceToken) =>
        await JoinedAsync(await admission.ResumeAsync(assemblyId, deviceToken));

    public Task<Snapshot> GetSnapshot() => snapshots.ReadAsync(Binding);

    // A participant on their own phone

    public Task<CommandResult> CheckIn(Guid commandId, Mood mood, string word) =>
        AsParticipant(me => new CheckIn(commandId, me, mood, word));

    public Task<CommandResult> CheckOut(Guid commandId, Mood mood, string word) =>
        AsParticipant(me => new CheckOut(commandId, me, mood, word));

    public Task<CommandResult> SubmitTopic(Guid commandId, Guid topicId, string text, string? category) =>
        AsParticipant(me => new SubmitTopic(commandId, topicId, me, text, category));

    public Task<CommandResult> WithdrawTopic(Guid commandId, Guid topicId) =>
        AsParticipant(_ => new WithdrawTopic(commandId, topicId));

    public Task<CommandResult> CastDot(Guid commandId, Guid topicId) =>
        AsParticipant(me => new CastDot(commandId, me, topicId));

    public Task<CommandResult> RemoveDot(Guid commandId, Guid topicId) =>
        AsParticipant(me => new RemoveDot(commandId, me, topicId));

    public Task<CommandResult> JoinGroup(Guid commandId, Guid groupId) =>
        AsParticipant(me => new JoinProjectGroup(commandId, me, groupId));

    public Task<CommandResult> LeaveGroup(Guid commandId) =>
        AsParticipant(me => new LeaveProjectGroup(commandId, me));

    // Either: authors edit their own topic, members their group's profile; the facilitator any.

    public Task<CommandResult> EditTopic(Guid commandId, Guid topicId, string text, string? category) =>
        AsParticipantOrFacilitator(new EditTopic(commandId, topicId, text, category));

    public Task<CommandResult> UpdateGroupProfile(Guid commandId, Guid groupId, GroupProfile profile) =>
        AsParticipantOrFacilitator(new UpdateGroupProfile(commandId, groupId, profile));

    // The facilitator: phases, time and the projector's join code

    public Task<CommandResult> ChangePhase(Guid commandId, PhaseTrigger trigger) => AsFacilitator(new ChangePhase(commandId, trigger));

    public Task<CommandResult> StartTimer(Guid commandId, int? seconds) => AsFacilitator(new StartTimer(commandId, seconds));

    public Task<CommandResult> PauseTimer(Guid commandId) => AsFacilitator(new PauseTimer(commandId));

    public Task<CommandResult> ExtendTimer(Guid commandId, int seconds) => AsFacilitator(new ExtendTimer(commandId, seconds));

    public Task<CommandResult> ShowJoinCode(Guid commandId, bool visible) => AsFacilitator(new ShowJoinCode(commandId, visible));

    // The facilitator: the door, and whoever knocks at it

    public Task<CommandResult> SetDoor(Guid commandId, Door door) => AsFacilitator(new SetDoor(commandId, door));

    public Task<CommandResult> AdmitKnocker(Guid commandId, Guid participantId) => AsFacilitator(new AdmitKnocker(commandId, participantId));

    public Task<CommandResult> TurnAwayKnocker(Guid commandId, Guid participantId) => AsFacilitator(new TurnAwayKnocker(commandId, participantId));

    // The facilitator: topics and clusters

    public Task<CommandResult> ModerateTopic(Guid commandId, Guid topicId, TopicVisibility visibility) =>
        AsFacilitator(new ModerateTopic(commandId, topicId, visibility));

    public Task<CommandResult> MergeTopics(Guid commandId, Guid duplicateTopicId, Guid intoTopicId) =>
        AsFacilitator(new MergeTopics(commandId, duplicateTopicId, intoTopicId));

    public Task<CommandResult> AddPaperTopic(Guid commandId, Guid topicId, string text, string? category) =>
        AsFacilitator(new AddPaperTopic(commandId, topicId, text, category));

    public Task<CommandResult> NameCluster(Guid commandId, Guid clusterId, string label) =>
        AsFacilitator(new NameCluster(commandId, clusterId, label));

    public Task<CommandResult> PlaceTopic(Guid commandId, Guid topicId, Guid? clusterId) =>
        AsFacilitator(new PlaceTopic(commandId, topicId, clusterId));

    public Task<CommandResult> RemoveCluster(Guid commandId, Guid clusterId) => AsFacilitator(new RemoveCluster(commandId, clusterId));

    // The facilitator: people on paper, who take part through the facilitator and count equally

    public Task<CommandResult> AddPaperParticipant(Guid commandId, Guid participantId, string? name, Presence presence) =>
        AsFacilitator(new AddPaperParticipant(commandId, participantId, name, presence));

    public Task<CommandResult> CheckInFor(Guid commandId, Guid participantId, Mood mood, string word) =>
        AsFacilitator(new CheckIn(commandId, participantId, mood, word));

    public Task<CommandResult> CheckOutFor(Guid commandId, Guid participantId, Mood mood, string word) =>
        AsFacilitator(new CheckOut(commandId, participantId, mood, word));

    public Task<CommandResult> SubmitTopicFor(Guid commandId, Guid participantId, Guid topicId, string text, string? category) =>
        AsFacilitator(new SubmitTopic(commandId, topicId, participantId, text, category));

    public Task<CommandResult> CastDotFor(Guid commandId, Guid participantId, Guid topicId) =>
        AsFacilitator(new CastDot(commandId, participantId, topicId));

    public Task<CommandResult> RemoveDotFor(Guid commandId, Guid participantId, Guid topicId) =>
        AsFacilitator(new RemoveDot(commandId, participantId, topicId));

    public Task<CommandResult> JoinGroupFor(Guid commandId, Guid participantId, Guid groupId) =>
        AsFacilitator(new JoinProjectGroup(commandId, participantId, groupId));

    public Task<CommandResult> LeaveGroupFor(Guid commandId, Guid participantId) =>
        AsFacilitator(new LeaveProjectGroup(commandId, participantId));

    /// <summary>The people the facilitator counted in the room, set beside the devices that joined.</summary>
    public Task<CommandResult> RecordHeadcount(Guid commandId, int count) => AsFacilitator(new RecordHeadcount(commandId, count));

    // The facilitator: voting and groups

    public Task<CommandResult> AdjustPaperDots(Guid commandId, Guid topicId, int delta) =>
        AsFacilitator(new AdjustPaperDots(commandId, topicId, delta));

    public Task<CommandResult> RevealVotes(Guid commandId) => AsFacilitator(new RevealVotes(commandId));

    public Task<CommandResult> StartRunOff(Guid commandId, Guid[] topicIds) => AsFacilitator(new StartRunOff(commandId, topicIds ?? []));

    public Task<CommandResult> SeedProjectGroups(Guid commandId) => AsFacilitator(new SeedProjectGroups(commandId));

    public Task<CommandResult> CreateProjectGroup(Guid commandId, Guid groupId, string name, Guid? topicId) =>
        AsFacilitator(new CreateProjectGroup(commandId, groupId, name, topicId));

    // Plumbing: who is calling, and hand over

    private IPAddress? RemoteAddress => Context.GetHttpContext()?.Connection.RemoteIpAddress;

    private int FailedJoins => Context.Items.TryGetValue(FailedJoinsKey, out var value) && value is int count ? count : 0;

    private Task<CommandResult> AsParticipant(Func<Guid, AssemblyCommand> command) =>
        Binding is { Role: ConnectionRole.Participant, ParticipantId: { } me } binding
            ? RunAsync(binding.AssemblyId, command(me), Actor.Participant(me))
            : WrongRole();

    private Task<CommandResult> AsFacilitator(AssemblyCommand command) =>
        Binding is { Role: ConnectionRole.Facilitator } binding ? RunAsync(binding.AssemblyId, command, Actor.Facilitator) : WrongRole();

    private Task<CommandResult> AsParticipantOrFacilitator(AssemblyCommand command) => Binding switch
    {
        { Role: ConnectionRole.Facilitator } binding => RunAsync(binding.AssemblyId, command, Actor.Facilitator),
        { Role: ConnectionRole.Participant, ParticipantId: { } me } binding => RunAsync(binding.AssemblyId, command, Actor.Participant(me)),
        _ => WrongRole(),
    };

    private static Task<CommandResult> WrongRole() =>
        Task.FromResult(CommandResult.Refused(RefusalCode.NotAllowedForRole, HostRefusal.WrongRole));

    private async Task<CommandResult> RunAsync(Guid assemblyId, AssemblyCommand command, Actor actor)
    {
        if (command.CommandId == Guid.Empty)
        {
            return CommandResult.Refused(RefusalCode.ValueOutOfRange, HostRefusal.CommandIdRequired);
        }

        // Not the connection's token: once decided, a command is stored even if its sender went away.
        var outcome = await assemblies.ExecuteAsync(assemblyId, command, actor, CancellationToken.None);
        return new CommandResult(outcome.IsAccepted, outcome.Refusal?.Code, outcome.Refusal?.Detail, outcome.Version);
    }

    private async Task<CommandResult> BindAsync(Admitted admitted)
    {
        if (admitted.Binding is not { } binding)
        {
            await UnbindAsync();
            return CommandResult.Refused(admitted.Refusal!.Value, admitted.Detail);
        }

        joinGuard.RecordKnown(RemoteAddress, admitted.JoinCode!);
        await RebindAsync(binding);
        var snapshot = await snapshots.ReadAsync(binding);
        return new CommandResult(true, null, null, snapshot.Version);
    }

    private async Task<JoinResult> JoinedAsync(Admitted admitted)
    {
        if (admitted.Binding is not { ParticipantId: { } participantId } binding)
        {
            if (admitted.Detail == HostRefusal.UnknownJoinCode)
            {
                Context.Items[FailedJoinsKey] = FailedJoins + 1;
                joinGuard.RecordFailure(RemoteAddress);
            }

            await UnbindAsync();
            return JoinResult.Refused(admitted.Refusal!.Value, admitted.Detail) with { DeviceToken = admitted.DeviceToken };
        }

        // Groups first, snapshot second: whatever happens in between arrives as a push with a newer version.
        await RebindAsync(binding);
        var view = await snapshots.ParticipantAsync(binding.AssemblyId, participantId);
        return new JoinResult(true, null, null, binding.AssemblyId, participantId, admitted.DeviceToken, view);
    }

    private async Task RebindAsync(ConnectionBinding binding)
    {
        await UnbindAsync();
        Context.Items[BindingKey] = binding;
        foreach (var group in ConnectionGroups.Of(binding))
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, group);
        }
    }

    // A refused attempt to become someone leaves the connection no one: it must not keep acting
    // under an earlier binding while its caller believes the new one failed.
    private async Task UnbindAsync()
    {
        if (Binding is not { } previous)
        {
            return;
        }

        Context.Items.Remove(BindingKey);
        foreach (var group in ConnectionGroups.Of(previous))
        {
            await Groups.RemoveFromGroupAsync(Context.ConnectionId, group);
        }
    }
}
