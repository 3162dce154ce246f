using System.Collections.Concurrent;
using Microsoft.AspNetCore.SignalR;
using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// Sends each update over SignalR: the board to the public group, the console to the facilitator
/// group, each changed own view to that participant alone. Sends are started, not awaited, so a
/// phone on bad reception cannot hold up anyone else; clients drop anything older than what they
/// have. Each assembly's updates pass a <see cref="PushThrottle"/>, which sends them off the
/// command path and merges a burst of votes into one board per interval for each phone.
/// </summary>
public sealed partial class HubUpdatePusher(IHubContext<AssemblyHub, IAssemblyClient> hub, TimeProvider time, ILogger<HubUpdatePusher> logger) : IAssemblyUpdateSink
{
    /// <summary>At most 40 boards a second reach a phone: more would not show, a screen keeps only the newest.</summary>
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(25);
    private readonly ConcurrentDictionary<Guid, PushThrottle> _throttles = new();

    public void Publish(AssemblyUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        _throttles.GetOrAdd(update.AssemblyId, _ => new PushThrottle(Interval, time, Send)).Offer(update);
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
