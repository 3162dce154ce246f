using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>
/// One project group's own space after the evening: decides commands against its state and changes only by applying
/// events. No clock, no I/O, not thread-safe, exactly like <see cref="Assemblies.OpenAssembly"/>.
/// </summary>
public sealed class GroupSpace
{
    public GroupSpaceState State { get; } = new();

    public long Version => State.Version;

    public static GroupSpace FromHistory(IEnumerable<RecordedSpaceEvent> history)
    {
        var space = new GroupSpace();
        foreach (var recorded in history)
        {
            space.Apply(recorded);
        }

        return space;
    }

    /// <summary>Decides what <paramref name="command"/> by <paramref name="memberId"/> (null: the host) would cause, changing nothing.</summary>
    public SpaceDecision Decide(GroupSpaceCommand command, Guid? memberId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(command);
        if (command.CommandId == Guid.Empty)
        {
            return SpaceDecision.Refuse(RefusalCode.ValueOutOfRange, nameof(command.CommandId));
        }

        if (State.HandledCommands.Contains(command.CommandId))
        {
            return SpaceDecision.Duplicate;
        }

        if (command.NeedsMember)
        {
            if (!State.IsOpened)
            {
                return SpaceDecision.Refuse(RefusalCode.GroupSpaceNotOpened);
            }

            if (!State.IsMember(memberId))
            {
                return SpaceDecision.Refuse(RefusalCode.NotASpaceMember);
            }
        }

        return command.Decide(new SpaceContext(State, memberId, now));
    }

    public IReadOnlyList<RecordedSpaceEvent> Stamp(SpaceDecision decision, Guid commandId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(decision);
        return decision.Events.Select((e, i) => new RecordedSpaceEvent(Version + i + 1, commandId, now, e)).ToList();
    }

    public void Apply(RecordedSpaceEvent recorded)
    {
        ArgumentNullException.ThrowIfNull(recorded);
        if (recorded.Version != Version + 1)
        {
            throw new InvalidOperationException($"Event version {recorded.Version} does not follow {Version}.");
        }

        recorded.Event.ApplyTo(State);
        State.Version = recorded.Version;
        State.LastEventAt = recorded.At;
        State.HandledCommands.Add(recorded.CommandId);
    }

    /// <summary>Decide, stamp and apply in one step, for callers that keep no store (tests).</summary>
    public SpaceDecision Execute(GroupSpaceCommand command, Guid? memberId, DateTimeOffset now)
    {
        var decision = Decide(command, memberId, now);
        foreach (var recorded in Stamp(decision, command?.CommandId ?? Guid.Empty, now))
        {
            Apply(recorded);
        }

        return decision;
    }
}
