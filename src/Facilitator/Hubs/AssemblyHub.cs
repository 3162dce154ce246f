using System.Net;
using Microsoft.AspNetCore.SignalR;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Voting;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Facilitator.Throttling;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// The real-time endpoint for phones, its one real client: the console and the projector are
/// Blazor Server screens in this process and have no methods here (decision 0012). A connection
/// first joins (code, device token); its participant and assembly are kept in the connection
/// context. Each command method then only builds the engine command and hands it, with the
/// connection's binding, to <see cref="AssemblyCommands"/> (the console's path too): the rules live in
/// the engine. What a phone calls is the contract's <see cref="IParticipantHub"/>.
/// </summary>
public sealed class AssemblyHub(AssemblyCommands commands, Admission admission, SnapshotReader snapshots, JoinGuard joinGuard)
    : Hub<IAssemblyClient>, IParticipantHub
{
    public const string Path = "/hub";
    private const int MaxFailedJoins = 10;
    private static readonly object BindingKey = typeof(ConnectionBinding);
    private static readonly object FailedJoinsKey = "FailedJoins";

    private ConnectionBinding? Binding => Context.Items.TryGetValue(BindingKey, out var value) ? value as ConnectionBinding : null;

    // Connecting

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

    // Authors edit their own topic, members their group's profile (the engine checks which).

    public Task<CommandResult> EditTopic(Guid commandId, Guid topicId, string text, string? category) =>
        AsParticipant(_ => new EditTopic(commandId, topicId, text, category));

    public Task<CommandResult> UpdateGroupProfile(Guid commandId, Guid groupId, GroupProfile profile) =>
        AsParticipant(_ => new UpdateGroupProfile(commandId, groupId, profile));

    // Plumbing: who is calling, and hand over

    private IPAddress? RemoteAddress => Context.GetHttpContext()?.Connection.RemoteIpAddress;

    private int FailedJoins => Context.Items.TryGetValue(FailedJoinsKey, out var value) && value is int count ? count : 0;

    private Task<CommandResult> AsParticipant(Func<Guid, AssemblyCommand> command) => commands.AsParticipantAsync(Binding, command);


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
