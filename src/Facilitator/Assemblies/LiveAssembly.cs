using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// One assembly held in memory: its aggregate (loaded on first use), the gate that lets one batch of
/// commands (or one read) at a time through, and the commands waiting for the next batch.
/// </summary>
internal sealed class LiveAssembly(Guid id)
{
    private readonly Queue<PendingCommand> _waiting = new();
    private bool _draining;

    public Guid Id { get; } = id;

    public SemaphoreSlim Gate { get; } = new(1, 1);

    /// <summary>Null until loaded; an empty aggregate (version 0) when the store has no such stream.</summary>
    public OpenAssembly? Assembly { get; set; }

    /// <summary>Queues a command; true when no one is working through the queue, so the caller must start.</summary>
    public bool Enqueue(PendingCommand command)
    {
        lock (_waiting)
        {
            _waiting.Enqueue(command);
            if (_draining)
            {
                return false;
            }

            _draining = true;
            return true;
        }
    }

    /// <summary>Up to <paramref name="max"/> waiting commands in arrival order; empty (and no longer draining) when none wait.</summary>
    public List<PendingCommand> NextBatch(int max)
    {
        lock (_waiting)
        {
            var batch = new List<PendingCommand>(Math.Min(max, _waiting.Count));
            while (batch.Count < max && _waiting.TryDequeue(out var next))
            {
                batch.Add(next);
            }

            _draining = batch.Count > 0;
            return batch;
        }
    }
}
