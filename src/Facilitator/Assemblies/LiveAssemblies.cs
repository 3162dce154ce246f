using System.Collections.Concurrent;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// Owns the live assemblies: one aggregate per assembly, loaded from the store on first use. Commands
/// to one assembly pass one at a time; their events are appended durably before anyone is told, then
/// applied, then every audience's view is handed to the sinks and the in-process subscribers.
/// </summary>
public sealed partial class LiveAssemblies(
    AssemblyRepository repository,
    TimeProvider time,
    IEnumerable<IAssemblyUpdateSink> sinks,
    ILogger<LiveAssemblies> logger)
{
    private readonly ConcurrentDictionary<Guid, LiveAssembly> _live = new();
    private readonly IAssemblyUpdateSink[] _sinks = [.. sinks];

    /// <summary>Decides, stores, applies and publishes one command; returns once the events are durable.</summary>
    public async Task<CommandOutcome> ExecuteAsync(Guid assemblyId, AssemblyCommand command, Actor actor, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(actor);
        var live = _live.GetOrAdd(assemblyId, id => new LiveAssembly(id));
        await live.Gate.WaitAsync(cancellationToken);
        try
        {
            var assembly = live.Assembly ??= await LoadAsync(assemblyId, cancellationToken);
            try
            {
                return await DecideAndPublishAsync(live, assembly, command, actor, cancellationToken);
            }
            catch (ConcurrencyConflictException conflict)
            {
                // Someone else wrote to the stream (another node, a repair tool): catch up once and decide again.
                LogConflict(assemblyId, conflict.ExpectedVersion, conflict.ActualVersion);
                live.Assembly = assembly = await LoadAsync(assemblyId, cancellationToken);
                return await DecideAndPublishAsync(live, assembly, command, actor, cancellationToken);
            }
        }
        finally
        {
            live.Gate.Release();
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
    /// Calls <paramref name="onUpdate"/> after every accepted change of the assembly, in order, until
    /// disposed. It runs on the command path: keep it short and hand work on (a Blazor screen calls
    /// <c>InvokeAsync(StateHasChanged)</c>). Exceptions are logged and do not affect the command.
    /// </summary>
    public IDisposable Subscribe(Guid assemblyId, Action<AssemblyUpdate> onUpdate) => Subscribe(assemblyId, onUpdate, null);

    /// <summary>
    /// As <see cref="Subscribe(Guid, Action{AssemblyUpdate})"/>, and <paramref name="onDeleted"/> is
    /// called once if the assembly is deleted (the screen then leaves it); no update follows.
    /// </summary>
    public IDisposable Subscribe(Guid assemblyId, Action<AssemblyUpdate> onUpdate, Action<AssemblyDeleted>? onDeleted)
    {
        ArgumentNullException.ThrowIfNull(onUpdate);
        return _live.GetOrAdd(assemblyId, id => new LiveAssembly(id)).Subscribe(onUpdate, onDeleted);
    }

    /// <summary>
    /// Erases an assembly while no command can reach it: under its gate, if <paramref name="shouldErase"/>
    /// agrees (it sees the assembly, empty when none is stored, and the time now), runs
    /// <paramref name="erase"/>, forgets the aggregate and tells the sinks and subscribers. Commands
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
        }
        finally
        {
            live.Gate.Release();
        }

        LogErased(assemblyId);
        PublishDeleted(live, new AssemblyDeleted(assemblyId));
        return true;
    }

    private async Task<CommandOutcome> DecideAndPublishAsync(
        LiveAssembly live, OpenAssembly assembly, AssemblyCommand command, Actor actor, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var decision = assembly.Decide(command, actor, now);
        if (!decision.IsAccepted || decision.WasDuplicate)
        {
            LogDecision(live.Id, command.GetType().Name, decision.Refusal?.Code, decision.WasDuplicate);
            return new CommandOutcome(decision.Refusal, assembly.Version, decision.WasDuplicate);
        }

        var events = assembly.Stamp(decision, command.CommandId, now);
        await repository.AppendAsync(live.Id, assembly.Version, events, cancellationToken);
        var touched = UpdateBuilder.Apply(assembly, events);
        LogAccepted(live.Id, command.GetType().Name, assembly.Version);
        Publish(live, assembly, touched, now);
        return new CommandOutcome(null, assembly.Version, false);
    }

    /// <summary>The command is stored and applied whatever happens here; a failing view is logged, not reported to the sender.</summary>
    private void Publish(LiveAssembly live, OpenAssembly assembly, HashSet<Guid>? touched, DateTimeOffset now)
    {
        AssemblyUpdate update;
        try
        {
            update = UpdateBuilder.Describe(assembly, touched, now);
        }
        catch (Exception e)
        {
            LogPublishFailed(e, live.Id, "views");
            return;
        }

        foreach (var sink in _sinks)
        {
            try
            {
                sink.Publish(update);
            }
            catch (Exception e)
            {
                LogPublishFailed(e, live.Id, sink.GetType().Name);
            }
        }

        foreach (var subscriber in live.Subscribers)
        {
            try
            {
                subscriber.OnUpdate(update);
            }
            catch (Exception e)
            {
                LogPublishFailed(e, live.Id, "subscriber");
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

        foreach (var subscriber in live.Subscribers)
        {
            try
            {
                subscriber.OnDeleted?.Invoke(deleted);
            }
            catch (Exception e)
            {
                LogPublishFailed(e, live.Id, "subscriber");
            }
        }
    }

    private async Task<OpenAssembly> LoadAsync(Guid assemblyId, CancellationToken cancellationToken) =>
        await repository.LoadAsync(assemblyId, cancellationToken) ?? new OpenAssembly();

    [LoggerMessage(Level = LogLevel.Debug, Message = "Assembly {AssemblyId}: {Command} accepted, now at version {Version}")]
    private partial void LogAccepted(Guid assemblyId, string command, long version);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Assembly {AssemblyId}: {Command} refused ({Refusal}), duplicate: {Duplicate}")]
    private partial void LogDecision(Guid assemblyId, string command, RefusalCode? refusal, bool duplicate);

    [LoggerMessage(Level = LogLevel.Information, Message = "Assembly {AssemblyId}: erased")]
    private partial void LogErased(Guid assemblyId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assembly {AssemblyId}: store moved from {Expected} to {Actual}; reloading and deciding again")]
    private partial void LogConflict(Guid assemblyId, long expected, long actual);

    [LoggerMessage(Level = LogLevel.Error, Message = "Assembly {AssemblyId}: publishing to {Receiver} failed")]
    private partial void LogPublishFailed(Exception exception, Guid assemblyId, string receiver);
}
