namespace OffeneVersammlung.Testing;

/// <summary>
/// State that arrives on other threads (pushes, in-process updates) behind one lock, with waits a test
/// can await until a condition over it holds, instead of sleeping.
/// </summary>
internal sealed class GuardedState
{
    private readonly Lock _lock = new();
    private readonly List<(Func<bool> Done, TaskCompletionSource Signal)> _waiters = [];

    /// <summary>Changes the state under the lock, then releases every wait whose condition now holds.</summary>
    public void Update(Action change)
    {
        List<TaskCompletionSource> ready = [];
        lock (_lock)
        {
            change();
            for (var i = _waiters.Count - 1; i >= 0; i--)
            {
                if (_waiters[i].Done())
                {
                    ready.Add(_waiters[i].Signal);
                    _waiters.RemoveAt(i);
                }
            }
        }

        // Outside the lock: a continuation that reads the state must not run while it is held.
        ready.ForEach(r => r.TrySetResult());
    }

    public T Read<T>(Func<T> read)
    {
        lock (_lock)
        {
            return read();
        }
    }

    /// <summary>The value once <paramref name="done"/> holds (at once if it already does); a hang fails the test.</summary>
    public async Task<T> WaitFor<T>(Func<bool> done, Func<T> value)
    {
        var signal = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        lock (_lock)
        {
            if (done())
            {
                return value();
            }

            _waiters.Add((done, signal));
        }

        await HangGuard.Within(signal.Task);
        return Read(value);
    }
}
