using OffeneVersammlung.Facilitator.Assemblies;

namespace OffeneVersammlung.Facilitator.Hubs;

/// <summary>
/// Takes the pushes of one assembly off the command path and lets at most one go out per interval.
/// Sending a board to a full room means writing it to every connection, which costs more than the
/// command itself; so updates that arrive while a send is under way, or within the interval after
/// it, are merged and go out together. Views are whole and versioned, so the newest board and
/// console stand for everything before them, and each participant keeps their newest own view.
/// A single vote in a quiet room goes out at once; a storm of votes costs each phone a few boards
/// a second instead of one per vote, and the rate adapts to what the server can send.
/// </summary>
internal sealed class PushThrottle(TimeSpan interval, TimeProvider time, Action<AssemblyUpdate> send)
{
    private readonly Lock _lock = new();
    private AssemblyUpdate? _held;
    private bool _sending;
    private long _lastSent;

    public void Offer(AssemblyUpdate update)
    {
        lock (_lock)
        {
            _held = _held is null ? update : Merge(_held, update);
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

            AssemblyUpdate? update;
            lock (_lock)
            {
                update = _held;
                _held = null;
                if (update is null)
                {
                    _sending = false;
                    return;
                }
            }

            _lastSent = time.GetTimestamp();
            send(update);
        }
    }

    private static AssemblyUpdate Merge(AssemblyUpdate older, AssemblyUpdate newer)
    {
        if (older.OwnViews.Count == 0)
        {
            return newer;
        }

        var own = new Dictionary<Guid, Engine.Views.OwnView>(older.OwnViews);
        foreach (var (participant, view) in newer.OwnViews)
        {
            own[participant] = view;
        }

        return newer with { OwnViews = own };
    }
}
