using Microsoft.Extensions.Options;
using OffeneVersammlung.Engine.Privacy;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Cluster;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Privacy;

/// <summary>
/// Deletes assemblies whose last event is older than their retention days: once shortly after start
/// (<see cref="OffeneVersammlungOptions.FirstSweepAfter"/>), then every
/// <see cref="OffeneVersammlungOptions.RetentionSweepInterval"/> (by the host's TimeProvider). On several
/// nodes only the one holding the sweep's lease sweeps a round (decision 0021); the others hear of each
/// erasure by the cluster's notices.
/// </summary>
public sealed partial class RetentionSweeper(
    AssemblyRepository repository,
    AssemblyDeletion deletion,
    TimeProvider time,
    IOptions<OffeneVersammlungOptions> options,
    ILeases leases,
    ILogger<RetentionSweeper> logger) : BackgroundService
{
    /// <summary>One pass over the store; returns how many assemblies it deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var deleted = 0;
        foreach (var activity in await repository.ListActivityAsync(cancellationToken))
        {
            // The shortest retention first, from the store's summary; the assembly's own days are checked under its gate.
            if (Retention.HasExpired(Retention.MinDays, activity.LastEventAt, now) && await deletion.DeleteIfExpiredAsync(activity.AssemblyId, cancellationToken))
            {
                deleted++;
            }
        }

        return deleted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(options.Value.FirstSweepAfter, time, stoppingToken);
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, time);
        do
        {
            try
            {
                // Held a little shorter than a round, so the holder renews it each round and a dead holder's passes to another.
                if (await leases.TryHoldAsync("retention-sweep", options.Value.RetentionSweepInterval * 0.9, stoppingToken))
                {
                    var deleted = await SweepAsync(stoppingToken);
                    LogSwept(deleted);
                }
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                // The next pass tries again; a locked file or a full disk must not stop the sweeping for good.
                LogSweepFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Retention sweep deleted {Count} assemblies")]
    private partial void LogSwept(int count);

    [LoggerMessage(Level = LogLevel.Error, Message = "Retention sweep failed")]
    private partial void LogSweepFailed(Exception exception);
}
