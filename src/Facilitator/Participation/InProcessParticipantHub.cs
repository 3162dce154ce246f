using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// The contract, for a phone whose circuit runs in this process: one line per call onto the
/// <see cref="ParticipantDesk"/>, as the hub's methods are, with the circuit's own rate of calls
/// (<see cref="InvocationLimit"/>, the hub's limit: a flooding page cannot hold the assembly's queue either).
/// </summary>
public sealed class InProcessParticipantHub(ParticipantDesk desk, IParticipantCaller caller, InvocationLimit limit) : IParticipantHub
{
    public Task<JoinResult> Join(string joinCode, string? pseudonym, Presence presence, string? deviceToken) =>
        limit.Join(() => desk.JoinAsync(caller, joinCode, pseudonym, presence, deviceToken));

    public Task<JoinResult> Resume(Guid assemblyId, string deviceToken) => limit.Join(() => desk.ResumeAsync(caller, assemblyId, deviceToken));

    public Task<Snapshot> GetSnapshot() => limit.Read(() => desk.SnapshotAsync(caller));

    public Task<CommandResult> CheckIn(Guid commandId, Mood mood, string word) => limit.Command(() => desk.CheckInAsync(caller, commandId, mood, word));

    public Task<CommandResult> CheckOut(Guid commandId, Mood mood, string word) => limit.Command(() => desk.CheckOutAsync(caller, commandId, mood, word));

    public Task<CommandResult> SubmitTopic(Guid commandId, Guid topicId, string text, string? category) =>
        limit.Command(() => desk.SubmitTopicAsync(caller, commandId, topicId, text, category));

    public Task<CommandResult> WithdrawTopic(Guid commandId, Guid topicId) => limit.Command(() => desk.WithdrawTopicAsync(caller, commandId, topicId));

    public Task<CommandResult> CastDot(Guid commandId, Guid topicId) => limit.Command(() => desk.CastDotAsync(caller, commandId, topicId));

    public Task<CommandResult> RemoveDot(Guid commandId, Guid topicId) => limit.Command(() => desk.RemoveDotAsync(caller, commandId, topicId));

    public Task<CommandResult> JoinGroup(Guid commandId, Guid groupId) => limit.Command(() => desk.JoinGroupAsync(caller, commandId, groupId));

    public Task<CommandResult> LeaveGroup(Guid commandId) => limit.Command(() => desk.LeaveGroupAsync(caller, commandId));

    public Task<CommandResult> RaiseHand(Guid commandId) => limit.Command(() => desk.RaiseHandAsync(caller, commandId));

    public Task<CommandResult> LowerHand(Guid commandId) => limit.Command(() => desk.LowerHandAsync(caller, commandId));

    public Task<CommandResult> EditTopic(Guid commandId, Guid topicId, string text, string? category) =>
        limit.Command(() => desk.EditTopicAsync(caller, commandId, topicId, text, category));

    public Task<CommandResult> UpdateGroupProfile(Guid commandId, Guid groupId, GroupProfile profile) =>
        limit.Command(() => desk.UpdateGroupProfileAsync(caller, commandId, groupId, profile));

    public Task<CommandResult> ReportGroupStatus(Guid commandId, Guid groupId, GroupStatus status, string? text, IReadOnlyList<int> stepsDone) =>
        limit.Command(() => desk.ReportGroupStatusAsync(caller, commandId, groupId, status, text, stepsDone));
}
