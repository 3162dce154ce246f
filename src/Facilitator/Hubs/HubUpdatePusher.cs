using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// Sends each change over SignalR as whole views, built when they are sent: the board to the public
/// group, the console to the facilitator group, each changed own view to that participant alone.
/// Sends are started, not awaited, so a phone on bad reception cannot hold up anyone else; clients
/// drop anything older than what they have. Each assembly's changes pass a <see cref="PushThrottle"/>,
/// which sends them off the command path and merges a burst of votes into one board per interval.
/// </summary>
public sealed partial class HubUpdatePusher(IHubContext<AssemblyHub, IAssemblyClient> hub, TimeProvider time, ILogger<HubUpdatePusher> logger) : IAssemblyUpdateSink
{
    /// <summary>
    /// At most 20 boards a second reach a phone: more would not show, a screen keeps only the
    /// newest. At 500 phones voting flat out, pushes at 40 a second took most of the server's CPU.
    /// </summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(50);
    private readonly ConcurrentDictionary<Guid, PushThrottle> _throttles = new();

    public void Publish(AssemblyChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _throttles.GetOrAdd(change.AssemblyId, _ => new PushThrottle(Interval, time, SendAsync)).Offer(change);
    }

    /// <summary>Never throws: a failure is logged and the next change is sent as usual.</summary>
    private async Task SendAsync(AssemblyChange change)
    {
        try
        {
            if (await change.DescribeAsync() is { } update)
            {
                Send(update);
            }
        }
        catch (Exception e)
        {
            LogSendFailed(e, change.AssemblyId);
        }
    }

    private void Send(AssemblyUpdate update)
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
