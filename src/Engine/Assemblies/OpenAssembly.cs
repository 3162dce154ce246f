using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Announcements;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Privacy;
using OffeneVersammlung.Engine.Recommendations;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Assemblies;

/// <summary>
/// One assembly: decides commands against its state and changes only by applying events. It has no
/// clock and no I/O; the caller passes the time in, stores the events, then applies them. Not
/// thread-safe: callers serialize the commands of one assembly.
/// </summary>
public sealed class OpenAssembly
{
    private readonly AssemblyState _state;
    private PhaseMachine? _phases;

    public OpenAssembly()
        : this(new AssemblyState())
    {
    }

    /// <summary>An assembly from a state rebuilt elsewhere (a snapshot): its phases follow the state's template.</summary>
    internal OpenAssembly(AssemblyState state)
    {
        _state = state;
        if (state.IsCreated)
        {
            _phases = new PhaseMachine(state.Template, () => _state);
        }
    }

    public AssemblyState State => _state;

    public long Version => _state.Version;

    public static OpenAssembly FromHistory(IEnumerable<RecordedEvent> history)
    {
        var assembly = new OpenAssembly();
        foreach (var recorded in history)
        {
            assembly.Apply(recorded);
        }

        return assembly;
    }

    /// <summary>Decides what <paramref name="command"/> would cause, changing nothing.</summary>
    public Decision Decide(AssemblyCommand command, Actor actor, DateTimeOffset now)
    {
        if (IdRules.FindEmptyId(command) is { } emptyId)
        {
            return Decision.Refuse(RefusalCode.ValueOutOfRange, emptyId);
        }

        if (_state.HandledCommands.Contains(command.CommandId))
        {
            return Decision.Duplicate;
        }

        if (_phases is null)
        {
            return command is CreateAssembly
                ? command.Decide(new DecisionContext(_state, actor, now, new PhaseMachine(AssemblyTemplate.Empty, () => _state)))
                : Decision.Refuse(RefusalCode.AssemblyNotCreated);
        }

        return _state.Phase == Phase.Closed && command is not (ChangePhase or SetRetention or Announce or MarkRecommendation or UnmarkRecommendation or MoveRecommendation)
            ? Decision.Refuse(RefusalCode.AssemblyClosed)
            : command.Decide(new DecisionContext(_state, actor, now, _phases));
    }

    /// <summary>Gives the decision's events their versions, ready to append to the store.</summary>
    public IReadOnlyList<RecordedEvent> Stamp(Decision decision, Guid commandId, DateTimeOffset now) =>
        decision.Events.Select((e, i) => new RecordedEvent(Version + i + 1, commandId, now, e)).ToList();

    public void Apply(RecordedEvent recorded)
    {
        if (recorded.Version != Version + 1)
        {
            throw new InvalidOperationException($"Event version {recorded.Version} does not follow {Version}.");
        }

        recorded.Event.ApplyTo(_state);
        _state.Version = recorded.Version;
        _state.LastEventAt = recorded.At;
        _state.HandledCommands.Add(recorded.CommandId);
        if (recorded.Event is AssemblyCreated created)
        {
            _phases = new PhaseMachine(created.Template, () => _state);
        }
    }

    /// <summary>Decide, stamp and apply in one step, for callers that keep no store (tests, demos).</summary>
    public Decision Execute(AssemblyCommand command, Actor actor, DateTimeOffset now)
    {
        var decision = Decide(command, actor, now);
        foreach (var recorded in Stamp(decision, command.CommandId, now))
        {
            Apply(recorded);
        }

        return decision;
    }

    /// <summary>Where a phase move would lead now, or why it is refused; the console shows both.</summary>
    public bool CanMove(PhaseTrigger trigger, out Phase destination, out Refusal? refusal)
    {
        if (_phases is null)
        {
            destination = _state.Phase;
            refusal = new Refusal(RefusalCode.AssemblyNotCreated);
            return false;
        }

        return _phases.TryFind(trigger, out destination, out refusal);
    }
}
