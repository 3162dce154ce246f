using System.Collections.Concurrent;
using OffeneVersammlung.Engine.GroupSpaces;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.GroupSpaces;

/// <summary>
/// Runs group space commands one at a time per space: load from the store, decide with the host's time, append, done.
/// A space is a few dozen events touched a few times a month, so it is read fresh each time rather than kept in memory.
/// </summary>
public sealed class LiveGroupSpaces(GroupSpaceRepository repository, IGroupSpaceLinks links, TimeProvider time)
{
    private const int MaxRounds = 64;

    private readonly ConcurrentDictionary<Guid, SemaphoreSlim> _gates = new();

    public async Task<SpaceDecision> ExecuteAsync(Guid spaceId, Guid? memberId, GroupSpaceCommand command, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(command);
        var gate = _gates.GetOrAdd(spaceId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var decision = await DecideAndAppendAsync(spaceId, memberId, command, cancellationToken);
            if (decision.IsAccepted && command is LeaveGroupSpace && memberId is { } left)
            {
                await links.DeleteMemberAsync(spaceId, left, cancellationToken);
            }

            return decision;
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>
    /// Decides against the stored state and appends with the version it decided on. The gate is per node: another node
    /// may have appended since the load, and then the store refuses the append; the space is loaded again and the command
    /// decided again (a command already stored there is a duplicate by its id), until one round wins (decision 0021).
    /// </summary>
    private async Task<SpaceDecision> DecideAndAppendAsync(Guid spaceId, Guid? memberId, GroupSpaceCommand command, CancellationToken cancellationToken)
    {
        for (var round = 1; ; round++)
        {
            var space = await repository.LoadAsync(spaceId, cancellationToken);
            var now = time.GetUtcNow();
            var decision = space.Decide(command, memberId, now);
            var recorded = space.Stamp(decision, command.CommandId, now);
            try
            {
                if (recorded.Count > 0)
                {
                    await repository.AppendAsync(spaceId, space.Version, recorded, cancellationToken);
                }

                return decision;
            }
            catch (ConcurrencyConflictException) when (round < MaxRounds)
            {
                // Another node was first; its events are in the store now.
            }
        }
    }

    /// <summary>Reads the space with the host's time; null when <paramref name="read"/> says so or the space was never opened.</summary>
    public async Task<T?> ReadAsync<T>(Guid spaceId, Func<GroupSpaceState, DateTimeOffset, T?> read, CancellationToken cancellationToken = default)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(read);
        var space = await repository.LoadAsync(spaceId, cancellationToken);
        return space.State.IsOpened ? read(space.State, time.GetUtcNow()) : null;
    }

    /// <summary>Whether the space was opened (and not deleted since).</summary>
    public async Task<bool> IsOpenedAsync(Guid spaceId, CancellationToken cancellationToken = default) =>
        (await repository.LoadAsync(spaceId, cancellationToken)).State.IsOpened;

    /// <summary>The follow-up's read model of a space (profile, steps, next date, newest entries; no member, no contact).</summary>
    public Task<GroupSpaceSummary?> SummaryAsync(Guid spaceId, CancellationToken cancellationToken = default) =>
        ReadAsync(spaceId, GroupSpaceSummary.Of, cancellationToken);

    /// <summary>
    /// Deletes the space for real when <paramref name="when"/> holds, checked while no command can change it: links first
    /// (nobody gets in from here on), then every event row.
    /// </summary>
    public async Task<bool> DeleteIfAsync(Guid spaceId, Func<GroupSpaceState, DateTimeOffset, bool> when, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(when);
        var gate = _gates.GetOrAdd(spaceId, _ => new SemaphoreSlim(1, 1));
        await gate.WaitAsync(cancellationToken);
        try
        {
            var space = await repository.LoadAsync(spaceId, cancellationToken);
            if (!when(space.State, time.GetUtcNow()))
            {
                return false;
            }

            await links.DeleteSpaceAsync(spaceId, cancellationToken);
            await repository.DeleteAsync(spaceId, cancellationToken);
            return true;
        }
        finally
        {
            gate.Release();
        }
    }
}
