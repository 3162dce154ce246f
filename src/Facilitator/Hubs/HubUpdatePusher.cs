using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// Sends each change over SignalR as whole views, built when they are sent: the board to the public
/// group, each changed own view to that participant alone, the console to the facilitator group.
/// Sends are started, not awaited, so a phone on bad reception cannot hold up anyone else; clients
/// drop anything older than what they have. Each assembly's changes pass two <see cref="PushThrottle"/>s,
/// which send them off the command path and merge a burst of votes into one view per interval:
/// one for the room, one for the console.
/// </summary>
public sealed partial class HubUpdatePusher(IHubContext<AssemblyHub, IAssemblyClient> hub, TimeProvider time, ILogger<HubUpdatePusher> logger) : IAssemblyUpdateSink
{
    /// <summary>
    /// At most 20 boards a second reach a phone: more would not show, a screen keeps only the
    /// newest. At 500 phones voting flat out, pushes at 40 a second took most of the server's CPU.
    /// </summary>
    private static readonly TimeSpan RoomInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// The console carries a row per participant (about 240 KB at 2,000 phones); four a second are
    /// plenty for a person watching counts. Sent with every board, twenty a second, it kept the
    /// N = 2,000 benchmark's boards above the bare hub's (docs/PERFORMANCE.md).
    /// </summary>
    private static readonly TimeSpan ConsoleInterval = TimeSpan.FromMilliseconds(250);

    private readonly ConcurrentDictionary<Guid, (PushThrottle Room, PushThrottle Console)> _throttles = new();

    public void Publish(AssemblyChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var (room, console) = _throttles.GetOrAdd(
            change.AssemblyId,
            _ => (new PushThrottle(RoomInterval, time, SendRoomAsync), new PushThrottle(ConsoleInterval, time, SendConsoleAsync)));
        room.Offer(change);
        console.Offer(change);
    }

    /// <summary>Never throws: a failure is logged and the next change is sent as usual.</summary>
    private async Task SendRoomAsync(AssemblyChange change)
    {
        try
        {
            if (await change.DescribePublicAsync() is { } update)
            {
                Observe(hub.Clients.Group(HubGroups.Public(update.AssemblyId)).BoardChanged(update.Board), update.AssemblyId);
                foreach (var (participantId, own) in update.OwnViews)
                {
                    Observe(hub.Clients.Group(HubGroups.Participant(update.AssemblyId, participantId)).OwnViewChanged(own), update.AssemblyId);
                }
            }
        }
        catch (Exception e)
        {
            LogSendFailed(e, change.AssemblyId);
        }
    }

    private async Task SendConsoleAsync(AssemblyChange change)
    {
        try
        {
            if (await change.DescribeConsoleAsync() is { } console)
            {
                Observe(hub.Clients.Group(HubGroups.Facilitator(change.AssemblyId)).FacilitatorViewChanged(console), change.AssemblyId);
            }
        }
        catch (Exception e)
        {
            LogSendFailed(e, change.AssemblyId);
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
