using System.Collections.Concurrent;
using System.Diagnostics;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Cluster;
using OffeneVersammlung.Facilitator.Telemetry;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// Owns the live assemblies: one aggregate per assembly, loaded from the store on first use. Commands
/// to one assembly are decided one after another; their events are appended durably before anyone
/// is told, then the sinks hear of the change (<see cref="IAssemblyUpdateSink"/>: one paced pipeline
/// for the hub and the in-process screens alike) and build the views when they send them.
/// Commands that arrive while the store is writing wait and then go through together (group
/// commit): each is decided against the state its predecessors left, their events are appended in
/// one transaction, one update describes them all, and only then are their senders answered.
/// On several nodes (decision 0021) the store decides who wrote first: an append that finds the stream
/// moved on reloads and decides again, and a node told that another appended catches up from the store
/// and publishes what it read through the same sinks, so its own screens see every change in order.
/// </summary>
public sealed partial class LiveAssemblies(
    AssemblyRepository repository,
    TimeProvider time,
    IEnumerable<IAssemblyUpdateSink> sinks,
    IAudienceViews views,
    SnapshotWriter snapshots,
    IClusterNotices notices,
    HostTelemetry telemetry,
    ILogger<LiveAssemblies> logger)
{
    // Bounds one transaction and one answer delay; a batch this large takes a few milliseconds to decide.
    private const int MaxBatch = 256;

    // Each round one writer wins, so a batch loses this often only if other nodes win every round meanwhile.
    private const int MaxConflictRounds = 64;
    private readonly ConcurrentDictionary<Guid, LiveAssembly> _live = new();
    private readonly IAssemblyUpdateSink[] _sinks = [.. sinks];

    /// <summary>
    /// Decides, stores, applies and publishes one command; returns once its events are durable.
    /// Cancelling stops the waiting, not the command: once queued, it is decided.
    /// </summary>
    public async Task<CommandOutcome> ExecuteAsync(Guid assemblyId, AssemblyCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        cancellationToken.ThrowIfCancellationRequested();
        var kind = command.GetType().Name;
        using var activity = telemetry.StartCommand(kind);
        var startedAt = Stopwatch.GetTimestamp();
        var live = _live.GetOrAdd(assemblyId, id => new LiveAssembly(id));
        var pending = new PendingCommand(command, actor, activity?.Context ?? default);
        if (live.Enqueue(pending))
        {
            _ = Task.Run(() => DrainAsync(live), CancellationToken.None);
        }

        try
        {
            var outcome = await pending.Outcome.Task.WaitAsync(cancellationToken);
            telemetry.CommandDecided(activity, kind, outcome, startedAt);
            return outcome;
        }
        catch (Exception e)
        {
            telemetry.CommandFailed(activity, kind, e, startedAt);
            throw;
        }
    }

    /// <summary>
    /// Reads from the assembly while no command changes it; null when the assembly does not exist.
    /// <paramref name="read"/> gets the time now, for views with a running timer.
    /// </summary>
    public async Task<T?> ReadAsync<T>(Guid assemblyId, Func<OpenAssembly, DateTimeOffset, T?> read, CancellationToken cancellationToken = default)
        where T : class
    {
        var live = _live.GetOrAdd(assemblyId, id => new LiveAssembly(id));
        await live.Gate.WaitAsync(cancellationToken);
        try
        {
            var assembly = live.Assembly ??= await LoadAsync(assemblyId, cancellationToken);
            return assembly.Version == 0 ? null : read(assembly, time.GetUtcNow());
        }
        finally
        {
            live.Gate.Release();
        }
    }

    /// <summary>
    /// Erases an assembly while no command can reach it: under its gate, if <paramref name="shouldErase"/>
    /// agrees (it sees the assembly, empty when none is stored, and the time now), runs
    /// <paramref name="erase"/>, forgets the aggregate and tells the sinks. Commands
    /// that arrive afterwards find no assembly. Returns whether it erased.
    /// </summary>
    public async Task<bool> EraseAsync(
        Guid assemblyId, Func<OpenAssembly, DateTimeOffset, bool> shouldErase, Func<CancellationToken, Task> erase, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(shouldErase);
        ArgumentNullException.ThrowIfNull(erase);
        var live = _live.GetOrAdd(assemblyId, id => new LiveAssembly(id));
        await live.Gate.WaitAsync(cancellationToken);
        try
        {
            var assembly = live.Assembly ??= await LoadAsync(assemblyId, cancellationToken);
            if (!shouldErase(assembly, time.GetUtcNow()))
            {
                return false;
            }

            await erase(cancellationToken);

            // Whoever waits at this gate now decides against an empty assembly and is refused.
            live.Assembly = new OpenAssembly();
            _live.TryRemove(new KeyValuePair<Guid, LiveAssembly>(assemblyId, live));
            snapshots.Forget(assemblyId);
        }
        finally
        {
            live.Gate.Release();
        }

        LogErased(assemblyId);
        PublishDeleted(live, new AssemblyDeleted(assemblyId));
        notices.Deleted(assemblyId);
        return true;
    }

    /// <summary>
    /// Another node appended to the assembly: if this node holds it below <paramref name="version"/>,
    /// reads what is new from the store, applies it and publishes it to this node's screens and phones.
    /// An assembly this node does not hold is left alone: its first use loads the newest.
    /// </summary>
    public async Task CatchUpAsync(Guid assemblyId, long version, CancellationToken cancellationToken = default)
    {
        if (!_live.TryGetValue(assemblyId, out var live))
        {
            return;
        }

        await live.Gate.WaitAsync(cancellationToken);
        try
        {
            if (live.Assembly is not { } assembly || assembly.Version >= version)
            {
                return;
            }

            var events = new List<RecordedEvent>();
            await foreach (var recorded in repository.ReadFromAsync(assemblyId, assembly.Version + 1, cancellationToken))
            {
                events.Add(recorded);
            }

            if (events.Count == 0)
            {
                return;
            }

            var touched = UpdateBuilder.Apply(assembly, events);
            LogCaughtUp(assemblyId, assembly.Version);
            Publish(live, assembly, touched);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Half applied is worse than not held: the next use reloads.
            live.Assembly = null;
            throw;
        }
        finally
        {
            live.Gate.Release();
        }
    }

    /// <summary>Catches up every assembly this node holds, e.g. after notices from other nodes may have been missed.</summary>
    public async Task CatchUpAllAsync(CancellationToken cancellationToken = default)
    {
        foreach (var assemblyId in _live.Keys)
        {
            try
            {
                await CatchUpAsync(assemblyId, long.MaxValue, cancellationToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogCatchUpFailed(e, assemblyId);
            }
        }
    }

    /// <summary>Another node erased the assembly: once the store agrees it is gone, this node forgets it and tells its screens.</summary>
    public async Task ForgetErasedAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        if (!_live.TryGetValue(assemblyId, out var live))
        {
            return;
        }

        await live.Gate.WaitAsync(cancellationToken);
        try
        {
            if (await repository.GetVersionAsync(assemblyId, cancellationToken) != 0)
            {
                return;
            }

            live.Assembly = new OpenAssembly();
            _live.TryRemove(new KeyValuePair<Guid, LiveAssembly>(assemblyId, live));
        }
        finally
        {
            live.Gate.Release();
        }

        PublishDeleted(live, new AssemblyDeleted(assemblyId));
    }

    private async Task DrainAsync(LiveAssembly live)
    {
        while (true)
        {
            await live.Gate.WaitAsync();

            // Taken once the gate is ours, not before: whatever arrived while a view or the previous batch held the
            // gate goes into this commit instead of waiting for the next one.
            var batch = live.NextBatch(MaxBatch);
            if (batch.Count == 0)
            {
                live.Gate.Release();
                return;
            }

            await RunBatchAsync(live, batch);
        }
    }

    /// <summary>
    /// Under the gate, which it releases: decides and stores the batch, then answers every command of it, with its
    /// outcome or with the failure that stopped the batch.
    /// </summary>
    private async Task RunBatchAsync(LiveAssembly live, List<PendingCommand> batch)
    {
        CommandOutcome[] outcomes;
        try
        {
            var assembly = live.Assembly ??= await LoadAsync(live.Id, CancellationToken.None);
            for (var round = 1; ; round++)
            {
                try
                {
                    outcomes = await DecideAndPublishAsync(live, assembly, batch);
                    break;
                }
                catch (ConcurrencyConflictException conflict) when (round < MaxConflictRounds)
                {
                    // Someone else wrote to the stream (another node, a repair tool). The aggregate holds this
                    // batch's refused events, so it is reloaded, not caught up; this node's screens hear of what
                    // the other wrote, then the batch is decided again against it (a command the other node
                    // already stored is now a duplicate by its id).
                    LogConflict(live.Id, conflict.ExpectedVersion, conflict.ActualVersion);
                    live.Assembly = assembly = await LoadAsync(live.Id, CancellationToken.None);
                    Publish(live, assembly, touched: null);
                }
            }
        }
        catch (Exception e)
        {
            if (e is StoreUnavailableException)
            {
                LogStoreUnavailable(e, live.Id, batch.Count);
            }

            // The aggregate may hold events the store refused: forget it, the next command reloads.
            live.Assembly = null;
            batch.ForEach(p => p.Outcome.TrySetException(e));
            return;
        }
        finally
        {
            live.Gate.Release();
        }

        for (var i = 0; i < batch.Count; i++)
        {
            batch[i].Outcome.TrySetResult(outcomes[i]);
        }
    }

    private async Task<CommandOutcome[]> DecideAndPublishAsync(LiveAssembly live, OpenAssembly assembly, List<PendingCommand> batch)
    {
        var now = time.GetUtcNow();
        var startVersion = assembly.Version;
        var outcomes = new CommandOutcome[batch.Count];
        var events = new List<RecordedEvent>();
        HashSet<Guid>? touched = [];
        for (var i = 0; i < batch.Count; i++)
        {
            var (command, actor) = (batch[i].Command, batch[i].Actor);
            var decision = assembly.Decide(command, actor, now);
            if (!decision.IsAccepted || decision.WasDuplicate)
            {
                LogDecision(live.Id, command.GetType().Name, decision.Refusal?.Code, decision.WasDuplicate);
                outcomes[i] = new CommandOutcome(decision.Refusal, assembly.Version, decision.WasDuplicate);
                continue;
            }

            // Applied before it is stored, so the next command of the batch sees it; nobody hears of it before the append.
            var stamped = assembly.Stamp(decision, command.CommandId, now);
            var changed = UpdateBuilder.Apply(assembly, stamped);
            if (changed is null)
            {
                touched = null;
            }
            else
            {
                touched?.UnionWith(changed);
            }

            events.AddRange(stamped);
            LogAccepted(live.Id, command.GetType().Name, assembly.Version);
            outcomes[i] = new CommandOutcome(null, assembly.Version, false);
        }

        if (events.Count > 0)
        {
            await AppendAsync(live.Id, startVersion, events, batch);
            snapshots.Appended(live.Id, assembly.Version);
            Publish(live, assembly, touched);
            notices.Appended(live.Id, assembly.Version);
        }

        return outcomes;
    }

    /// <summary>The batch's events in one append, in a span of its own that links the commands it stores.</summary>
    private async Task AppendAsync(Guid assemblyId, long startVersion, List<RecordedEvent> events, List<PendingCommand> batch)
    {
        using var activity = telemetry.StartAppend(events.Count, batch.Select(p => p.Trace));
        var startedAt = Stopwatch.GetTimestamp();
        try
        {
            await repository.AppendAsync(assemblyId, startVersion, events, CancellationToken.None);
            telemetry.Appended(activity, events.Count, "stored", startedAt);
        }
        catch (ConcurrencyConflictException)
        {
            telemetry.Appended(activity, events.Count, "conflict", startedAt);
            throw;
        }
        catch
        {
            telemetry.Appended(activity, events.Count, "failed", startedAt);
            throw;
        }
    }

    /// <summary>
    /// The command is stored and applied whatever happens here; a failing sink is logged, not
    /// reported to the sender. Sinks get the change without its views and build them when they send:
    /// that is off this path, at their pace, once per audience.
    /// </summary>
    private void Publish(LiveAssembly live, OpenAssembly assembly, HashSet<Guid>? touched)
    {
        var change = new AssemblyChange(
            live.Id,
            assembly.Version,
            touched,
            t => DescribeAsync(live, held => views.Room(held, t, time.GetUtcNow())),
            () => DescribeAsync(live, held => views.Console(held, time.GetUtcNow())));
        foreach (var sink in _sinks)
        {
            try
            {
                sink.Publish(change);
            }
            catch (Exception e)
            {
                LogPublishFailed(e, live.Id, sink.GetType().Name);
            }
        }
    }

    private void PublishDeleted(LiveAssembly live, AssemblyDeleted deleted)
    {
        foreach (var sink in _sinks)
        {
            try
            {
                sink.Publish(deleted);
            }
            catch (Exception e)
            {
                LogPublishFailed(e, live.Id, sink.GetType().Name);
            }
        }
    }

    /// <summary>
    /// A view as of now, built while no command changes the assembly; null when it is not held (a failed
    /// append dropped it) or was erased. The aggregate is mutable, so the view is built under the gate:
    /// a copy of the state would cost about what the view costs. The hold is one view per paced send
    /// (decision 0012 measures it), not one per command as before.
    /// </summary>
    private static async Task<TView?> DescribeAsync<TView>(LiveAssembly live, Func<OpenAssembly, TView> describe)
        where TView : class
    {
        await live.Gate.WaitAsync();
        try
        {
            return live.Assembly is { Version: > 0 } assembly ? describe(assembly) : null;
        }
        finally
        {
            live.Gate.Release();
        }
    }

    /// <summary>From the newest snapshot and the events after it; a long replay (no snapshot yet, or an unreadable one) starts a fresh one.</summary>
    private async Task<OpenAssembly> LoadAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        var loaded = await repository.LoadWithSnapshotAsync(assemblyId, cancellationToken);
        if (loaded.Assembly is not { } assembly)
        {
            return new OpenAssembly();
        }

        snapshots.Loaded(assemblyId, loaded);
        return assembly;
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Assembly {AssemblyId}: {Command} accepted, now at version {Version}")]
    private partial void LogAccepted(Guid assemblyId, string command, long version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Assembly {AssemblyId}: {Command} refused ({Refusal}), duplicate: {Duplicate}")]
    private partial void LogDecision(Guid assemblyId, string command, RefusalCode? refusal, bool duplicate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Assembly {AssemblyId}: erased")]
    private partial void LogErased(Guid assemblyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assembly {AssemblyId}: store moved from {Expected} to {Actual}; reloading and deciding again")]
    private partial void LogConflict(Guid assemblyId, long expected, long actual);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assembly {AssemblyId}: the store cannot be reached; {Count} commands refused, their senders send them again")]
    private partial void LogStoreUnavailable(Exception exception, Guid assemblyId, int count);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Assembly {AssemblyId}: caught up from the store to version {Version}")]
    private partial void LogCaughtUp(Guid assemblyId, long version);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assembly {AssemblyId}: catching up from the store failed")]
    private partial void LogCatchUpFailed(Exception exception, Guid assemblyId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Assembly {AssemblyId}: publishing to {Receiver} failed")]
    private partial void LogPublishFailed(Exception exception, Guid assemblyId, string receiver);
}
