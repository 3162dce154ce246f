using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Updates;

/// <summary>
/// Takes the pushes of one assembly off the command path and lets on average at most one go out
/// per interval. Building the views and writing the board to every connection of a full room costs
/// more than the command itself; so changes that arrive while a send is under way, or when the
/// budget is spent, are merged and go out together, as views built once from the newest state.
/// The budget is a bucket of two sends refilled by one per interval: a change that comes soon
/// after a late send is not held back, a single vote in a quiet room goes out at once, and a storm
/// of votes costs the server and each phone a few boards a second instead of one per vote.
/// </summary>
internal sealed class PushThrottle(TimeSpan interval, TimeProvider time, Func<AssemblyChange, Task> send)
{
    private readonly Lock _lock = new();
    private AssemblyChange? _held;
    private const double Burst = 2;
    private bool _sending;
    private double _budget = Burst;
    private long _refilledAt;

    public void Offer(AssemblyChange change)
    {
        lock (_lock)
        {
            _held = _held is null ? change : _held.Then(change);
            if (_sending)
            {
                return;
            }

            _sending = true;
        }

        _ = Task.Run(SendHeldAsync, CancellationToken.None);
    }

    private async Task SendHeldAsync()
    {
        while (true)
        {
            Refill();
            if (_budget < 1)
            {
                await Task.Delay(interval * (1 - _budget), time);
                Refill();
            }

            AssemblyChange? change;
            lock (_lock)
            {
                change = _held;
                _held = null;
                if (change is null)
                {
                    _sending = false;
                    return;
                }
            }

            _budget = Math.Max(0, _budget - 1);
            await send(change);
        }
    }

    // Only the one running sender touches the budget.
    private void Refill()
    {
        var now = time.GetTimestamp();
        if (_refilledAt != 0)
        {
            _budget = Math.Min(Burst, _budget + (time.GetElapsedTime(_refilledAt, now) / interval));
        }

        _refilledAt = now;
    }
}
