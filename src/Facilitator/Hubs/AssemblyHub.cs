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
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Facilitator.Participation;
using OffeneVersammlung.Facilitator.Throttling;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// The one real-time endpoint for phones, the projector and the facilitator. A connection first
/// connects (secret link) or joins (code, device token); its role and assembly are kept in the
/// connection context. Each command method then only builds the engine command and hands it, with
/// the connection's binding, to <see cref="AssemblyCommands"/> (the console's path too): the rules live in the engine. What a phone calls is the contract's
/// <see cref="IParticipantHub"/>; the facilitator's and the projector's methods are the hub's own.
/// </summary>
public sealed class AssemblyHub(AssemblyCommands commands, Admission admission, ParticipantDesk desk, SnapshotReader snapshots, JoinGuard joinGuard)
    : Hub<IAssemblyClient>, IParticipantHub
{
    public const string Path = "/hub";

    private HubCaller Caller => new(Context, Groups);

    private ConnectionBinding? Binding => Caller.Binding;

    // Connecting

    public async Task<CommandResult> ConnectFacilitator(Guid assemblyId, string secret) =>
        await BindAsync(await admission.AdmitFacilitatorAsync(assemblyId, secret));

    public async Task<CommandResult> ConnectProjector(Guid assemblyId, string secret) =>
        await BindAsync(await admission.AdmitProjectorAsync(assemblyId, secret));

    // A participant on their own phone: the desk holds the rules, for the hub and the in-process phone alike.

    public Task<JoinResult> Join(string joinCode, string? pseudonym, Presence presence, string? deviceToken) =>
        desk.JoinAsync(Caller, joinCode, pseudonym, presence, deviceToken);

    public Task<JoinResult> Resume(Guid assemblyId, string deviceToken) => desk.ResumeAsync(Caller, assemblyId, deviceToken);

    public Task<Snapshot> GetSnapshot() => desk.SnapshotAsync(Caller);

    public Task<CommandResult> CheckIn(Guid commandId, Mood mood, string word) => desk.CheckInAsync(Caller, commandId, mood, word);

    public Task<CommandResult> CheckOut(Guid commandId, Mood mood, string word) => desk.CheckOutAsync(Caller, commandId, mood, word);

    public Task<CommandResult> SubmitTopic(Guid commandId, Guid topicId, string text, string? category) =>
        desk.SubmitTopicAsync(Caller, commandId, topicId, text, category);

    public Task<CommandResult> WithdrawTopic(Guid commandId, Guid topicId) => desk.WithdrawTopicAsync(Caller, commandId, topicId);

    public Task<CommandResult> CastDot(Guid commandId, Guid topicId) => desk.CastDotAsync(Caller, commandId, topicId);

    public Task<CommandResult> RemoveDot(Guid commandId, Guid topicId) => desk.RemoveDotAsync(Caller, commandId, topicId);

    public Task<CommandResult> JoinGroup(Guid commandId, Guid groupId) => desk.JoinGroupAsync(Caller, commandId, groupId);

    public Task<CommandResult> LeaveGroup(Guid commandId) => desk.LeaveGroupAsync(Caller, commandId);

    // Either: authors edit their own topic, members their group's profile; the facilitator any.

    public Task<CommandResult> EditTopic(Guid commandId, Guid topicId, string text, string? category) =>
        desk.EditTopicAsync(Caller, commandId, topicId, text, category);

    public Task<CommandResult> UpdateGroupProfile(Guid commandId, Guid groupId, GroupProfile profile) =>
        desk.UpdateGroupProfileAsync(Caller, commandId, groupId, profile);

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

    private Task<CommandResult> AsFacilitator(AssemblyCommand command) => commands.AsFacilitatorAsync(Binding, command);

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

    private Task RebindAsync(ConnectionBinding binding) => Caller.BindAsync(binding);

    private Task UnbindAsync() => Caller.UnbindAsync();
}
