using Microsoft.AspNetCore.SignalR;
using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// Sends each update over SignalR: the board to the public group, the console to the facilitator
/// group, each changed own view to that participant alone. Sends are started, not awaited, so a
/// phone on bad reception cannot hold up the command path or anyone else; each connection still
/// receives its messages in order, and clients drop anything older than what they have.
/// </summary>
public sealed partial class HubUpdatePusher(IHubContext<AssemblyHub, IAssemblyClient> hub, ILogger<HubUpdatePusher> logger) : IAssemblyUpdateSink
{
    public void Publish(AssemblyUpdate update)
    {
        Observe(hub.Clients.Group(HubGroups.Public(update.AssemblyId)).BoardChanged(update.Board), update.AssemblyId);
        Observe(hub.Clients.Group(HubGroups.Facilitator(update.AssemblyId)).FacilitatorViewChanged(update.Facilitator), update.AssemblyId);
        foreach (var (participantId, own) in update.OwnViews)
        {
            Observe(hub.Clients.Group(HubGroups.Participant(update.AssemblyId, participantId)).OwnViewChanged(own), update.AssemblyId);
        }
    }

    public void Publish(AssemblyDeleted deleted) =>
        Observe(
            hub.Clients.Groups(HubGroups.Public(deleted.AssemblyId), HubGroups.Facilitator(deleted.AssemblyId)).AssemblyDeleted(deleted.AssemblyId),
            deleted.AssemblyId);

    private void Observe(Task send, Guid assemblyId)
    {
        if (!send.IsCompletedSuccessfully)
        {
            _ = send.ContinueWith(
                t => LogSendFailed(t.Exception!, assemblyId),
                CancellationToken.None,
                TaskContinuationOptions.OnlyOnFaulted | TaskContinuationOptions.ExecuteSynchronously,
                TaskScheduler.Default);
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assembly {AssemblyId}: a push failed")]
    private partial void LogSendFailed(Exception exception, Guid assemblyId);
}
