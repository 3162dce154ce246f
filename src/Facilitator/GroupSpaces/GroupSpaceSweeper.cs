using Microsoft.Extensions.Options;
using OffeneVersammlung.Engine.GroupSpaces;
using OffeneVersammlung.Facilitator.Cluster;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// Deletes group spaces whose last entry is older than their retention months, in the RetentionSweeper's rhythm
/// (once shortly after start, <see cref="OffeneVersammlungOptions.FirstSweepAfter"/>, then every <see cref="OffeneVersammlungOptions.RetentionSweepInterval"/>, by the host's TimeProvider).
/// It never looks at assemblies, and the assemblies' sweep never looks at spaces: their streams have their own prefixes.
/// On several nodes only the one holding its own lease sweeps a round, as for the assemblies' sweep (decision 0021).
/// </summary>
public sealed partial class GroupSpaceSweeper(
    GroupSpaceRepository repository,
    LiveGroupSpaces spaces,
    TimeProvider time,
    IOptions<OffeneVersammlungOptions> options,
    ILeases leases,
    ILogger<GroupSpaceSweeper> logger) : BackgroundService
{
    /// <summary>The lease's own name: the two sweeps may run on different nodes.</summary>
    public const string LeaseName = "group-space-sweep";

    /// <summary>One pass; returns how many spaces it deleted.</summary>
    public async Task<int> SweepAsync(CancellationToken cancellationToken = default)
    {
        var now = time.GetUtcNow();
        var shortest = SpaceRetention.OfferedMonths.Min();
        var deleted = 0;
        foreach (var (spaceId, lastEventAt) in await repository.ListActivityAsync(cancellationToken))
        {
            // The shortest retention first, from the store's summary; the space's own months are checked under its gate.
            if (now >= lastEventAt.AddMonths(shortest) && await spaces.DeleteIfAsync(spaceId, SpaceRetention.HasExpired, cancellationToken))
            {
                LogDeleted(spaceId);
                deleted++;
            }
        }

        return deleted;
    }

    /// <summary>One round as the timer runs it: a sweep on the node that holds the lease; null on every other node.</summary>
    public async Task<int?> RoundAsync(CancellationToken cancellationToken = default) =>
        // Held a little shorter than a round, so the holder renews it each round and a dead holder's passes to another.
        await leases.TryHoldAsync(LeaseName, options.Value.RetentionSweepInterval * 0.9, cancellationToken)
            ? await SweepAsync(cancellationToken)
            : null;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Delay(options.Value.FirstSweepAfter, time, stoppingToken);
        using var timer = new PeriodicTimer(options.Value.RetentionSweepInterval, time);
        do
        {
            try
            {
                await RoundAsync(stoppingToken);
            }
            catch (Exception e) when (!stoppingToken.IsCancellationRequested)
            {
                LogSweepFailed(e);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Group space {SpaceId} deleted after its retention time")]
    private partial void LogDeleted(Guid spaceId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Group space sweep failed")]
    private partial void LogSweepFailed(Exception exception);
}
