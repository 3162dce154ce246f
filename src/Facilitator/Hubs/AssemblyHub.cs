using Microsoft.AspNetCore.SignalR;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Participation;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// The real-time endpoint for phones, its one real client: the console and the projector are
/// Blazor Server screens in this process and have no methods here (decision 0012). A connection
/// first joins (code, device token); its participant and assembly are kept in the connection
/// context. Each method hands the call, with the connection as its caller, to the
/// <see cref="ParticipantDesk"/>, which a server-mode phone's in-process line uses too: the rules
/// live there and in the engine. What a phone calls is the contract's <see cref="IParticipantHub"/>.
/// </summary>
public sealed class AssemblyHub(ParticipantDesk desk)
    : Hub<IAssemblyClient>, IParticipantHub
{
    public const string Path = "/hub";

    private HubCaller Caller => new(Context, Groups);

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

    public Task<CommandResult> RaiseHand(Guid commandId) => desk.RaiseHandAsync(Caller, commandId);

    public Task<CommandResult> LowerHand(Guid commandId) => desk.LowerHandAsync(Caller, commandId);

    // Authors edit their own topic, members their group's profile (the engine checks which).

    public Task<CommandResult> EditTopic(Guid commandId, Guid topicId, string text, string? category) =>
        desk.EditTopicAsync(Caller, commandId, topicId, text, category);

    public Task<CommandResult> UpdateGroupProfile(Guid commandId, Guid groupId, GroupProfile profile) =>
        desk.UpdateGroupProfileAsync(Caller, commandId, groupId, profile);

    public Task<CommandResult> ReportGroupStatus(Guid commandId, Guid groupId, GroupStatus status, string? text, IReadOnlyList<int> stepsDone) =>
        desk.ReportGroupStatusAsync(Caller, commandId, groupId, status, text, stepsDone);
}
