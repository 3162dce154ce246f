using System.Collections.Concurrent;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// Writes an assembly's snapshot once it gained <see cref="OffeneVersammlungOptions.SnapshotEveryEvents"/> events
/// since the last one, or when a load replayed that many. Off the command path: the repository builds the
/// snapshot from the store in the background, never from the live aggregate, so no command waits for it;
/// one write per assembly at a time, and requests during a write are covered by the write that follows.
/// </summary>
public sealed partial class SnapshotWriter(AssemblyRepository repository, IOptions<OffeneVersammlungOptions> options, ILogger<SnapshotWriter> logger)
{
    private readonly int _every = options.Value.SnapshotEveryEvents;
    private readonly ConcurrentDictionary<Guid, long> _snapshotVersions = new();
    private readonly ConcurrentDictionary<Guid, Task> _writing = new();

    // Each assembly as its last snapshot held it, built from the store apart from the live one: the next write continues it
    // with the events since, so a write costs those events, not a rebuild of the whole evening from the last snapshot.
    private readonly ConcurrentDictionary<Guid, OpenAssembly> _built = new();

    /// <summary>The assembly was loaded; an ignored snapshot (unreadable, stale) is rewritten at once, never trusted again.</summary>
    public void Loaded(Guid assemblyId, LoadedAssembly loaded)
    {
        ArgumentNullException.ThrowIfNull(loaded);
        var version = loaded.Assembly?.Version ?? 0;
        _snapshotVersions[assemblyId] = loaded.SnapshotVersion;
        if (loaded.SnapshotRefused && _every > 0)
        {
            Write(assemblyId, version);
            return;
        }

        Appended(assemblyId, version);
    }

    /// <summary>The assembly's events now reach <paramref name="version"/>; starts a write when enough came since the last snapshot.</summary>
    public void Appended(Guid assemblyId, long version)
    {
        if (_every > 0 && version - _snapshotVersions.GetOrAdd(assemblyId, 0) >= _every)
        {
            Write(assemblyId, version);
        }
    }

    private void Write(Guid assemblyId, long version)
    {
        _snapshotVersions[assemblyId] = version;
        _ = _writing.AddOrUpdate(
            assemblyId,
            id => Task.Run(() => WriteAsync(id)),
            (id, running) => running.ContinueWith(_ => WriteAsync(id), TaskScheduler.Default).Unwrap());
    }

    /// <summary>The assembly was erased: forget it (a write still running keeps nothing, its events are gone).</summary>
    public void Forget(Guid assemblyId)
    {
        _snapshotVersions.TryRemove(assemblyId, out _);
        _writing.TryRemove(assemblyId, out _);
        _built.TryRemove(assemblyId, out _);
    }

    /// <summary>Waits for the writes started so far (tests, shutdown).</summary>
    public Task IdleAsync() => Task.WhenAll(_writing.Values);

    private async Task WriteAsync(Guid assemblyId)
    {
        try
        {
            var (built, version) = await repository.WriteSnapshotAsync(assemblyId, _built.TryRemove(assemblyId, out var last) ? last : null, CancellationToken.None);
            if (built is not null && _snapshotVersions.ContainsKey(assemblyId))
            {
                _built[assemblyId] = built;
            }

            if (version > 0)
            {
                LogWritten(assemblyId, version);
            }
        }
        catch (Exception e)
        {
            // A snapshot is a cache: without it the next load replays more, nothing is lost.
            LogFailed(e, assemblyId);
        }
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Assembly {AssemblyId}: snapshot written at version {Version}")]
    private partial void LogWritten(Guid assemblyId, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assembly {AssemblyId}: writing its snapshot failed")]
    private partial void LogFailed(Exception exception, Guid assemblyId);
}
