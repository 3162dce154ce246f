using System.Collections.Concurrent;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Telemetry;

namespace OffeneVersammlung.Facilitator.Updates;

/// <summary>
/// The in-process screens (the console, the projector and server-mode phones in Blazor Server) following an assembly:
/// they get the views the pipeline built for the hub, the same objects at the same pace, with no
/// SignalR connection back to their own server: the projector every room send, a server-mode phone the
/// phones' board (<see cref="PhonePace"/>) as a hub phone does and its own view with every room send that
/// carries one. The deletion is told once and ends the following.
/// </summary>
public sealed partial class ScreenFeeds(HostTelemetry telemetry, ILogger<ScreenFeeds> logger) : IViewReceiver, IConsoleReceiver
{
    // Every screen here is a Blazor Server circuit: telemetry's mode "server" (the hub's phones are "wasm").
    private const string CircuitMode = "server";
    private readonly Lock _changing = new();
    private readonly ConcurrentDictionary<Guid, Follower[]> _followers = new();
    private readonly ConcurrentDictionary<Guid, int> _consoles = new();

    /// <summary>
    /// Calls <paramref name="show"/> with every board the room is sent, until disposed, and
    /// <paramref name="deleted"/> once if the assembly is deleted. Both run on the pipeline's task:
    /// keep them short and hand work on (a Blazor screen calls <c>InvokeAsync</c>).
    /// </summary>
    public IDisposable FollowRoom(Guid assemblyId, Action<PublicBoard> show, Action<AssemblyDeleted>? deleted = null) =>
        Follow(assemblyId, new Follower("projector", update => show(update.Board), null, null, deleted));

    /// <summary>As <see cref="FollowRoom"/>, with every console the facilitator is sent.</summary>
    public IDisposable FollowConsole(Guid assemblyId, Action<FacilitatorView> show, Action<AssemblyDeleted>? deleted = null) =>
        Follow(assemblyId, new Follower("console", null, null, update => show(update.View), deleted));

    /// <summary>
    /// As <see cref="FollowRoom"/>, for one server-mode phone: every board the phones are sent (at the
    /// phones' pace, as a hub phone gets it), and the participant's own view whenever a room send carries
    /// one for them.
    /// </summary>
    public IDisposable FollowPhone(Guid assemblyId, Guid participantId, Action<PublicBoard> board, Action<OwnView> own, Action<AssemblyDeleted>? deleted = null) =>
        Follow(assemblyId, new Follower(
            "phone",
            update =>
            {
                if (update.OwnViews.TryGetValue(participantId, out var mine))
                {
                    own(mine);
                }
            },
            board,
            null,
            deleted));

    public void ShowRoom(PublicUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (_followers.TryGetValue(update.AssemblyId, out var followers))
        {
            Tell(update.AssemblyId, followers, f => f.Room?.Invoke(update));
        }
    }

    public void ShowPhones(PublicBoard board)
    {
        ArgumentNullException.ThrowIfNull(board);
        if (_followers.TryGetValue(board.AssemblyId, out var followers))
        {
            Tell(board.AssemblyId, followers, f => f.Phones?.Invoke(board));
        }
    }

    /// <summary>Asked with every accepted batch: counted apart from the followers, so a room of server-mode phones costs no scan.</summary>
    public bool FollowsConsole(Guid assemblyId) => _consoles.ContainsKey(assemblyId);

    public void ShowConsole(ConsoleUpdate update)
    {
        ArgumentNullException.ThrowIfNull(update);
        if (_followers.TryGetValue(update.AssemblyId, out var followers))
        {
            Tell(update.AssemblyId, followers, f => f.Console?.Invoke(update));
        }
    }

    public void Forget(AssemblyDeleted deleted)
    {
        ArgumentNullException.ThrowIfNull(deleted);
        Follower[]? gone;
        lock (_changing)
        {
            _followers.TryRemove(deleted.AssemblyId, out gone);
            _consoles.TryRemove(deleted.AssemblyId, out _);
        }

        if (gone is not null)
        {
            Tell(deleted.AssemblyId, gone, f => f.Deleted?.Invoke(deleted));
        }
    }

    // Followers change rarely next to the sends (a phone follows once per join or circuit, a send goes
    // twenty times a second); each change replaces the array, so a send reads it without a lock.
    private IDisposable Follow(Guid assemblyId, Follower follower)
    {
        lock (_changing)
        {
            _followers[assemblyId] = [.. _followers.GetValueOrDefault(assemblyId) ?? [], follower];
            if (follower.Console is not null)
            {
                _consoles[assemblyId] = _consoles.GetValueOrDefault(assemblyId) + 1;
            }
        }

        telemetry.Connected(follower.Screen, CircuitMode);
        return new Following(this, assemblyId, follower);
    }

    private void Unfollow(Guid assemblyId, Follower follower)
    {
        telemetry.Disconnected(follower.Screen, CircuitMode);
        lock (_changing)
        {
            if (!_followers.TryGetValue(assemblyId, out var now) || !now.Contains(follower))
            {
                return;
            }

            if (follower.Console is not null && _consoles.GetValueOrDefault(assemblyId) is var consoles and > 0)
            {
                if (consoles == 1)
                {
                    _consoles.TryRemove(assemblyId, out _);
                }
                else
                {
                    _consoles[assemblyId] = consoles - 1;
                }
            }

            Follower[] left = [.. now.Where(f => f != follower)];
            if (left.Length == 0)
            {
                _followers.TryRemove(assemblyId, out _);
            }
            else
            {
                _followers[assemblyId] = left;
            }
        }
    }

    private void Tell(Guid assemblyId, IReadOnlyList<Follower> followers, Action<Follower> tell)
    {
        foreach (var follower in followers)
        {
            try
            {
                tell(follower);
            }
            catch (Exception e)
            {
                LogScreenFailed(e, assemblyId);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Assembly {AssemblyId}: a screen failed to take a view")]
    private partial void LogScreenFailed(Exception exception, Guid assemblyId);

    /// <summary>A screen (phone, console or projector, as telemetry counts it): the room's views, the phones' board or the console's, and the deletion if it asked to be told.</summary>
    private sealed class Follower(string screen, Action<PublicUpdate>? room, Action<PublicBoard>? phones, Action<ConsoleUpdate>? console, Action<AssemblyDeleted>? deleted)
    {
        public string Screen { get; } = screen;

        public Action<PublicUpdate>? Room { get; } = room;

        public Action<PublicBoard>? Phones { get; } = phones;

        public Action<ConsoleUpdate>? Console { get; } = console;

        public Action<AssemblyDeleted>? Deleted { get; } = deleted;
    }

    private sealed class Following(ScreenFeeds owner, Guid assemblyId, Follower follower) : IDisposable
    {
        private int _disposed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _disposed, 1) == 0)
            {
                owner.Unfollow(assemblyId, follower);
            }
        }
    }
}
