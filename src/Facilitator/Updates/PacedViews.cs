using System.Collections.Concurrent;
using System.Diagnostics;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Telemetry;

namespace OffeneVersammlung.Facilitator.Updates;

/// <summary>
/// The one update pipeline for every screen. Each assembly's changes pass two <see cref="PushThrottle"/>s,
/// one for the room and one for the console, which take them off the command path and merge a burst
/// of votes into one send per interval. Each send builds its audience's view once, from the newest
/// state, and hands that same view to every receiver: the room's to every <see cref="IViewReceiver"/>
/// (the hub's phones and the in-process screens, <see cref="ScreenFeeds"/>), the console's to the
/// <see cref="IConsoleReceiver"/>, and only while a console follows the assembly: with none open, a
/// room of 2,000 would build a view of 2,000 rows four times a second for nobody. The room's board
/// goes to the phones through the room's <see cref="PhonePace"/>, which in a large room lets fewer of
/// them through (decision 0023); the projector and the own views take every room send.
/// </summary>
public sealed partial class PacedViews(
    TimeProvider time, IEnumerable<IViewReceiver> receivers, IConsoleReceiver consoles, HostTelemetry telemetry, ILogger<PacedViews> logger)
    : IAssemblyUpdateSink
{
    /// <summary>
    /// At most 20 boards a second reach a phone: more would not show, a screen keeps only the
    /// newest. At 500 phones voting flat out, pushes at 40 a second took most of the server's CPU.
    /// </summary>
    public static readonly TimeSpan RoomInterval = TimeSpan.FromMilliseconds(50);

    /// <summary>
    /// The console carries a row per participant (about 240 KB at 2,000 phones); four a second are
    /// plenty for a person watching counts. Sent with every board, twenty a second, it kept the
    /// N = 2,000 benchmark's boards above the bare hub's (docs/PERFORMANCE.md).
    /// </summary>
    public static readonly TimeSpan ConsoleInterval = TimeSpan.FromMilliseconds(250);

    // The audiences' names in telemetry.
    private const string RoomAudience = "room";
    private const string ConsoleAudience = "console";
    private const string PhonesAudience = "phones";

    private readonly TimeProvider _time = time;
    private readonly IViewReceiver[] _receivers = [.. receivers];
    private readonly ConcurrentDictionary<Guid, AssemblyPace> _paces = new();

    public void Publish(AssemblyChange change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var pace = _paces.GetOrAdd(change.AssemblyId, _ => new AssemblyPace(this));
        pace.Room.Offer(change);

        // A console that opens later reads its first view itself (Screens/LiveScreen: it follows first, then reads).
        if (consoles.FollowsConsole(change.AssemblyId))
        {
            pace.Console.Offer(change);
        }
    }

    /// <summary>Tells every receiver at once; a view built before the deletion and not yet handed on is dropped.</summary>
    public void Publish(AssemblyDeleted deleted)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        var pace = _paces.TryRemove(deleted.AssemblyId, out var known) ? known : new AssemblyPace(this);
        pace.Close(() => Deliver(deleted.AssemblyId, r => r.Forget(deleted)));
    }

    /// <summary>Never throws: a failure is logged and the next change is sent as usual.</summary>
    private async Task SendRoomAsync(AssemblyPace pace, AssemblyChange change)
    {
        try
        {
            using var activity = telemetry.StartPush(RoomAudience);
            var startedAt = Stopwatch.GetTimestamp();
            if (await change.DescribePublicAsync() is { } update)
            {
                // The phones' board first: when it goes at once, a phone gets it before its own view, as before.
                pace.Phones.Offer(update.Board);
                pace.WhileOpen(() => Deliver(change.AssemblyId, r => r.ShowRoom(update)));
                telemetry.PushedRoom(activity, RoomAudience, startedAt, update);
            }
        }
        catch (Exception e)
        {
            LogBuildFailed(e, change.AssemblyId);
        }
    }

    private async Task SendConsoleAsync(AssemblyPace pace, AssemblyChange change)
    {
        try
        {
            using var activity = telemetry.StartPush(ConsoleAudience);
            var startedAt = Stopwatch.GetTimestamp();
            if (await change.DescribeConsoleAsync() is { } console)
            {
                var update = new ConsoleUpdate(change.AssemblyId, console);
                pace.WhileOpen(() => DeliverConsole(update));
                telemetry.PushedConsole(activity, ConsoleAudience, startedAt, console);
            }
        }
        catch (Exception e)
        {
            LogBuildFailed(e, change.AssemblyId);
        }
    }

    /// <summary>Runs on the room's sending task or the phone pace's timer; never throws.</summary>
    private void SendPhones(AssemblyPace pace, PublicBoard board)
    {
        try
        {
            var startedAt = Stopwatch.GetTimestamp();
            pace.WhileOpen(() => Deliver(board.AssemblyId, r => r.ShowPhones(board)));
            telemetry.PushedPhones(PhonesAudience, startedAt, board);
        }
        catch (Exception e)
        {
            LogDeliveryFailed(e, board.AssemblyId, nameof(PhonePace));
        }
    }

    private void DeliverConsole(ConsoleUpdate update)
    {
        try
        {
            consoles.ShowConsole(update);
        }
        catch (Exception e)
        {
            LogDeliveryFailed(e, update.AssemblyId, consoles.GetType().Name);
        }
    }

    private void Deliver(Guid assemblyId, Action<IViewReceiver> deliver)
    {
        foreach (var receiver in _receivers)
        {
            try
            {
                deliver(receiver);
            }
            catch (Exception e)
            {
                LogDeliveryFailed(e, assemblyId, receiver.GetType().Name);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Assembly {AssemblyId}: building a view failed")]
    private partial void LogBuildFailed(Exception exception, Guid assemblyId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Assembly {AssemblyId}: handing a view to {Receiver} failed")]
    private partial void LogDeliveryFailed(Exception exception, Guid assemblyId, string receiver);

    /// <summary>
    /// One assembly's paces (the room's, the console's and the phones' share of the room's), and whether it still exists. Views are handed on under a shared
    /// hold and the deletion under an exclusive one, so nobody gets a view after hearing the
    /// assembly is gone, while the room's and the console's sends still run side by side.
    /// </summary>
    private sealed class AssemblyPace
    {
        private readonly ReaderWriterLockSlim _open = new();
        private bool _closed;

        public AssemblyPace(PacedViews owner)
        {
            Room = new PushThrottle(RoomInterval, owner._time, change => owner.SendRoomAsync(this, change));
            Console = new PushThrottle(ConsoleInterval, owner._time, change => owner.SendConsoleAsync(this, change));
            Phones = new PhonePace(owner._time, board => owner.SendPhones(this, board));
        }

        public PushThrottle Room { get; }

        public PushThrottle Console { get; }

        public PhonePace Phones { get; }

        public void WhileOpen(Action deliver)
        {
            _open.EnterReadLock();
            try
            {
                if (!_closed)
                {
                    deliver();
                }
            }
            finally
            {
                _open.ExitReadLock();
            }
        }

        public void Close(Action deliver)
        {
            _open.EnterWriteLock();
            try
            {
                _closed = true;
                deliver();
            }
            finally
            {
                _open.ExitWriteLock();
            }

            Phones.Dispose();
        }
    }
}
