using System.Net;
using Microsoft.AspNetCore.SignalR;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Participation;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// A hub connection as the caller of one invocation: its binding and its wrong join codes live in the
/// connection's context (a hub instance lasts one call), and binding means joining the SignalR groups
/// whose pushes the role receives.
/// </summary>
public sealed class HubCaller(HubCallerContext context, IGroupManager groups) : IParticipantCaller
{
    private static readonly object BindingKey = typeof(ConnectionBinding);
    private static readonly object FailedJoinsKey = "FailedJoins";

    public IPAddress? RemoteAddress => context.GetHttpContext()?.Connection.RemoteIpAddress;

    public ConnectionBinding? Binding => context.Items.TryGetValue(BindingKey, out var value) ? value as ConnectionBinding : null;

    public int FailedJoins
    {
        get => context.Items.TryGetValue(FailedJoinsKey, out var value) && value is int count ? count : 0;
        set => context.Items[FailedJoinsKey] = value;
    }

    public async Task BindAsync(ConnectionBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        await UnbindAsync();
        context.Items[BindingKey] = binding;
        foreach (var group in ConnectionGroups.Of(binding))
        {
            await groups.AddToGroupAsync(context.ConnectionId, group);
        }
    }

    // A refused attempt to become someone leaves the connection no one: it must not keep acting
    // under an earlier binding while its caller believes the new one failed.
    public async Task UnbindAsync()
    {
        if (Binding is not { } previous)
        {
            return;
        }

        context.Items.Remove(BindingKey);
        foreach (var group in ConnectionGroups.Of(previous))
        {
            await groups.RemoveFromGroupAsync(context.ConnectionId, group);
        }
    }
}
