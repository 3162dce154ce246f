using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Demo;
using OffeneVersammlung.Engine.Serialization;
using OffeneVersammlung.Engine.Snapshots;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Templates;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>
/// Writes and reads the stored formats once at start, on the demo evening played in memory only (nothing is stored):
/// MessagePack builds the formatters of the events' and the snapshot's records on their first use, and the JIT compiles
/// them and the views. In a restarted app that cost fell on the first console to reopen a large assembly: 415 of the
/// 468 ms its first open took were the snapshot's first read (issue 20, docs/PERFORMANCE.md).
/// </summary>
public sealed partial class StoredFormatWarmUp(DemoEvening demo, TimeProvider time, ILogger<StoredFormatWarmUp> logger) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => Task.Run(
        () =>
        {
            if (demo is { Script: { } script, Template: { } template })
            {
                try
                {
                    RoundTrip(script, template, time.GetUtcNow());
                }
                catch (Exception e)
                {
                    // Only the first load is slower without it; the app must start all the same.
                    LogWarmUpFailed(e);
                }
            }
        },
        stoppingToken);

    /// <summary>
    /// Plays <paramref name="script"/> with every event written and read back as the store holds it, then restores the
    /// assembly from its snapshot and builds its views; returns the restored assembly.
    /// </summary>
    public static OpenAssembly RoundTrip(DemoScript script, AssemblyTemplate template, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(script);
        var assembly = new OpenAssembly();
        foreach (var (command, actor) in DemoPlayer.Commands(script, template, Guid.NewGuid(), now))
        {
            foreach (var recorded in assembly.Stamp(assembly.Decide(command, actor, now), command.CommandId, now))
            {
                assembly.Apply(EventSerializer.FromStored(EventSerializer.ToStored(recorded)));
            }
        }

        var restored = SnapshotFormat.FromStored(SnapshotFormat.ToStored(assembly));
        _ = restored.FacilitatorView(now);
        _ = restored.PublicBoard(now);
        return restored;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warming up the stored formats failed")]
    private partial void LogWarmUpFailed(Exception exception);
}
