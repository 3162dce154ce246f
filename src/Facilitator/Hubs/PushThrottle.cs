using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// Takes the pushes of one assembly off the command path and lets at most one go out per interval.
/// Building the views and writing the board to every connection of a full room costs more than
/// the command itself; so changes that arrive while a send is under way, or within the interval
/// after it, are merged and go out together, as views built once from the newest state. A single
/// vote in a quiet room goes out at once; a storm of votes costs the server and each phone a few
/// boards a second instead of one per vote, and the rate adapts to what the server can send.
/// </summary>
internal sealed class PushThrottle(TimeSpan interval, TimeProvider time, Func<AssemblyChange, Task> send)
{
    private readonly Lock _lock = new();
    private AssemblyChange? _held;
    private bool _sending;
    private long _lastSent;

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
            var wait = _lastSent == 0 ? TimeSpan.Zero : interval - time.GetElapsedTime(_lastSent);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, time);
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

            _lastSent = time.GetTimestamp();
            await send(change);
        }
    }
}
