using Microsoft.AspNetCore.SignalR.Client;
using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The hub as the phone calls it: the contract's <see cref="IParticipantHub"/> over a SignalR
/// connection. Each method is named with <c>nameof</c> and takes the contract's types, so the phone and
/// the hub cannot drift apart without the build noticing.
/// </summary>
public sealed class ParticipantHub(HubConnection connection) : IParticipantHub
{
    public Task<JoinResult> Join(string joinCode, string? pseudonym, Presence presence, string? deviceToken) =>
        connection.InvokeAsync<JoinResult>(nameof(IParticipantHub.Join), joinCode, pseudonym, presence, deviceToken);

    public Task<JoinResult> Resume(Guid assemblyId, string deviceToken) =>
        connection.InvokeAsync<JoinResult>(nameof(IParticipantHub.Resume), assemblyId, deviceToken);

    public Task<Snapshot> GetSnapshot() => connection.InvokeAsync<Snapshot>(nameof(IParticipantHub.GetSnapshot));

    public Task<CommandResult> CheckIn(Guid commandId, Mood mood, string word) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.CheckIn), commandId, mood, word);

    public Task<CommandResult> CheckOut(Guid commandId, Mood mood, string word) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.CheckOut), commandId, mood, word);

    public Task<CommandResult> SubmitTopic(Guid commandId, Guid topicId, string text, string? category) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.SubmitTopic), commandId, topicId, text, category);

    public Task<CommandResult> WithdrawTopic(Guid commandId, Guid topicId) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.WithdrawTopic), commandId, topicId);

    public Task<CommandResult> CastDot(Guid commandId, Guid topicId) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.CastDot), commandId, topicId);

    public Task<CommandResult> RemoveDot(Guid commandId, Guid topicId) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.RemoveDot), commandId, topicId);

    public Task<CommandResult> JoinGroup(Guid commandId, Guid groupId) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.JoinGroup), commandId, groupId);

    public Task<CommandResult> LeaveGroup(Guid commandId) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.LeaveGroup), commandId);

    public Task<CommandResult> RaiseHand(Guid commandId) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.RaiseHand), commandId);

    public Task<CommandResult> LowerHand(Guid commandId) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.LowerHand), commandId);

    public Task<CommandResult> EditTopic(Guid commandId, Guid topicId, string text, string? category) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.EditTopic), commandId, topicId, text, category);

    public Task<CommandResult> UpdateGroupProfile(Guid commandId, Guid groupId, GroupProfile profile) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.UpdateGroupProfile), commandId, groupId, profile);

    public Task<CommandResult> ReportGroupStatus(Guid commandId, Guid groupId, GroupStatus status, string? text, IReadOnlyList<int> stepsDone) =>
        connection.InvokeAsync<CommandResult>(nameof(IParticipantHub.ReportGroupStatus), commandId, groupId, status, text, stepsDone);
}
