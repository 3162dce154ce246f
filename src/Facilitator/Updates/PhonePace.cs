using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Facilitator.Updates;

/// <summary>
/// How often the phones of one assembly get the room's board (decision 0023). Each room send hands its board
/// here; in a room of fewer than <see cref="LargeRoom"/> phones it goes on at once, as every room send did
/// before. From <see cref="LargeRoom"/> phones on the phones get at most four boards a second, from
/// <see cref="VeryLargeRoom"/> on two: writing the whole board to 10,000 phones twenty times a second is
/// 200,000 messages and about 500 MB a second, more than one core can send, while a person reads a few
/// boards a second at most. The budget is a bucket of two sends refilled at that pace, as
/// <see cref="PushThrottle"/>'s: a vote in a quiet room still goes out at once. A board the bucket cannot
/// take yet is held, replaced by any newer one, and the newest held goes out as soon as the bucket has
/// refilled: a pace holds a board, it never drops the newest. A board of another step of the evening
/// (<see cref="BoardStep"/>: phase, round, reveal) is never held. The projector, the console and each
/// phone's own view keep their paces; they do not pass here.
/// </summary>
internal sealed class PhonePace(TimeProvider time, Action<PublicBoard> send) : IDisposable
{
    /// <summary>From this many phones on, at most four boards a second reach a phone.</summary>
    public const int LargeRoom = 1_000;

    /// <summary>From this many phones on, at most two.</summary>
    public const int VeryLargeRoom = 5_000;

    private const double Burst = 2;

    // A held board is due when the budget has refilled to one send; never at once, so that a timer of a
    // fake clock cannot fire inside its own creation.
    private static readonly TimeSpan ShortestHold = TimeSpan.FromMilliseconds(1);

    // Sends run under the lock, so a held board released by the timer and a board offered at the same
    // moment go out in the order they were built (receivers keep the newest anyway; this keeps the count down).
    private readonly Lock _lock = new();
    private PublicBoard? _held;
    private BoardStep? _sentStep;
    private double _budget = Burst;
    private long? _refilledAt;
    private ITimer? _timer;
    private bool _disposed;

    /// <summary>The shortest time between two boards on the phones of a room of this size, in the long run; null: every room send.</summary>
    public static TimeSpan? IntervalFor(int phones) => phones switch
    {
        >= VeryLargeRoom => TimeSpan.FromMilliseconds(500),
        >= LargeRoom => TimeSpan.FromMilliseconds(250),
        _ => null,
    };

    /// <summary>The participants who follow the board on a phone of their own (everyone but those on paper).</summary>
    public static int PhonesOf(PublicBoard board) => board.Participants.InRoom + board.Participants.Remote;

    /// <summary>Sends the board to the phones now, or holds it until the room's pace allows; called with each room send, newest last.</summary>
    public void Offer(PublicBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }

            var interval = IntervalFor(PhonesOf(board));
            Refill(interval);
            if (interval is not { } pace || BoardStep.Of(board) != _sentStep || (_held is null && _budget >= 1))
            {
                Send(board);
                return;
            }

            _held = board;
            _timer ??= time.CreateTimer(_ => SendHeld(), null, Max(pace * (1 - _budget), ShortestHold), Timeout.InfiniteTimeSpan);
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _held = null;
            _timer?.Dispose();
            _timer = null;
        }
    }

    private void SendHeld()
    {
        lock (_lock)
        {
            _timer?.Dispose();
            _timer = null;
            if (_disposed || _held is not { } board)
            {
                return;
            }

            Refill(IntervalFor(PhonesOf(board)));
            Send(board);
        }
    }

    private void Send(PublicBoard board)
    {
        _held = null;
        _budget = Math.Max(0, _budget - 1);
        _sentStep = BoardStep.Of(board);
        send(board);
    }

    // A small room spends no budget: should it grow past the threshold, its phones start with a full bucket.
    private void Refill(TimeSpan? interval)
    {
        var now = time.GetTimestamp();
        _budget = interval is not { } pace ? Burst
            : _refilledAt is { } then ? Math.Min(Burst, _budget + (time.GetElapsedTime(then, now) / pace))
            : _budget;
        _refilledAt = now;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
