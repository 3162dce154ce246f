using Microsoft.AspNetCore.SignalR;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Updates;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// Sends the pipeline's views over SignalR (<see cref="PacedViews"/> builds and paces them): the phones'
/// board to the public group, each changed own view to that participant alone. A group send serialises
/// the board once per protocol and writes those bytes to every connection (SignalR's
/// <c>DefaultHubLifetimeManager.SendGroupAsync</c> with one <c>SerializedHubMessage</c>), so the board is
/// serialised once per send, not per phone. No console: it has no SignalR client, it is a screen in this
/// process (<see cref="ScreenFeeds"/>). Sends are started, not awaited, so a phone on bad reception cannot
/// hold up anyone else; clients drop anything older than what they have.
/// </summary>
public sealed partial class HubUpdatePusher(IHubContext<AssemblyHub, IAssemblyClient> hub, ILogger<HubUpdatePusher> logger) : IViewReceiver
{
    /// <summary>Only the own views: no room screen is a SignalR client, the phones' board comes by <see cref="ShowPhones"/>.</summary>
    public void ShowRoom(PublicUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        foreach (var (participantId, own) in update.OwnViews)
        {
            Observe(hub.Clients.Group(HubGroups.Participant(update.AssemblyId, participantId)).OwnViewChanged(own), update.AssemblyId);
        }
    }

    public void ShowPhones(PublicBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        Observe(hub.Clients.Group(HubGroups.Public(board.AssemblyId)).BoardChanged(board), board.AssemblyId);
    }

    public void Forget(AssemblyDeleted deleted)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        Observe(
            hub.Clients.Group(HubGroups.Public(deleted.AssemblyId)).AssemblyDeleted(deleted.AssemblyId),
            deleted.AssemblyId);
    }

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
