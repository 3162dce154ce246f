using OffeneVersammlung.Engine.Assemblies;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// One assembly held in memory: its aggregate (loaded on first use), the gate that lets one batch of
/// commands (or one read) at a time through, the commands waiting for the next batch, and the
/// in-process subscribers.
/// </summary>
internal sealed class LiveAssembly(Guid id)
{
    private readonly Lock _subscribersLock = new();
    private readonly Queue<PendingCommand> _waiting = new();
    private bool _draining;
    private Subscriber[] _subscribers = [];

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

    public IReadOnlyList<Subscriber> Subscribers => Volatile.Read(ref _subscribers);

    public IDisposable Subscribe(Action<AssemblyUpdate> onUpdate, Action<AssemblyDeleted>? onDeleted)
    {
        var subscriber = new Subscriber(onUpdate, onDeleted);
        lock (_subscribersLock)
        {
            _subscribers = [.. _subscribers, subscriber];
        }

        return new Subscription(this, subscriber);
    }

    private void Unsubscribe(Subscriber subscriber)
    {
        lock (_subscribersLock)
        {
            var index = Array.IndexOf(_subscribers, subscriber);
            if (index >= 0)
            {
                _subscribers = [.. _subscribers[..index], .. _subscribers[(index + 1)..]];
            }
        }
    }

    /// <summary>An in-process screen: told of every update, and of the deletion if it asked to be.</summary>
    public sealed class Subscriber(Action<AssemblyUpdate> onUpdate, Action<AssemblyDeleted>? onDeleted)
    {
        public Action<AssemblyUpdate> OnUpdate { get; } = onUpdate;

        public Action<AssemblyDeleted>? OnDeleted { get; } = onDeleted;
    }

    private sealed class Subscription(LiveAssembly owner, Subscriber subscriber) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Unsubscribe(subscriber);
            }
        }
    }
}
