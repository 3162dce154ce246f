namespace OffeneVersammlung.Facilitator.Throttling;

/// <summary>
/// One connection's allowance of hub calls: it starts full (a burst), refills at a steady rate, and
/// each call takes one token. Time comes from the <see cref="TimeProvider"/>, so tests can hold it still.
/// </summary>
public sealed class TokenBucket
{
    private readonly Lock _lock = new();
    private readonly int _capacity;
    private readonly double _perSecond;
    private readonly TimeProvider _time;
    private double _tokens;
    private long _refilledAt;

    public TokenBucket(int capacity, double perSecond, TimeProvider time)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(capacity, 1);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(perSecond);
        (_capacity, _perSecond, _time) = (capacity, perSecond, time);
        _tokens = capacity;
        _refilledAt = time.GetTimestamp();
    }

    /// <summary>Takes a token if there is one.</summary>
    public bool TryTake() => TryTake(out _);

    /// <summary>Takes a token if there is one; otherwise says how long until the next one.</summary>
    public bool TryTake(out TimeSpan wait)
    {
        lock (_lock)
        {
            var now = _time.GetTimestamp();
            _tokens = Math.Min(_capacity, _tokens + (_time.GetElapsedTime(_refilledAt, now).TotalSeconds * _perSecond));
            _refilledAt = now;
            if (_tokens >= 1)
            {
                _tokens -= 1;
                wait = TimeSpan.Zero;
                return true;
            }

            wait = TimeSpan.FromSeconds((1 - _tokens) / _perSecond);
            return false;
        }
    }
}
