using System.Net;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Updates;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// The line of a server-mode phone: its circuit runs in this process, so its calls go straight to the
/// <see cref="ParticipantDesk"/> (the same rules the hub applies) and, once it is someone, it follows
/// the room through <see cref="ScreenFeeds"/>: the views the update pipeline built for the hub, the same
/// objects at the same pace. Pushes are handed to the circuit's renderer, never run on the pipeline's task, and a
/// circuit that is behind renders only the newest of those waiting (<see cref="NewestPost{T}"/>).
/// One per circuit; it keeps no view of its own (<see cref="AssemblyConnection"/> keeps the newest).
/// </summary>
public sealed class InProcessLine : IParticipantLine, IParticipantCaller
{
    private readonly ScreenFeeds _feeds;
    private readonly CircuitAddress _address;
    private readonly NewestPost<PublicBoard> _board;
    private readonly NewestPost<OwnView> _own;
    private SynchronizationContext? _renderer;
    private IDisposable? _following;

    public InProcessLine(ParticipantDesk desk, ScreenFeeds feeds, CircuitAddress address, InvocationLimit limit)
    {
        _feeds = feeds;
        _address = address;
        Server = new InProcessParticipantHub(desk, this, limit);
        _board = new(board => BoardChanged?.Invoke(board));
        _own = new(own => OwnViewChanged?.Invoke(own));
    }

    public event Action<PublicBoard>? BoardChanged;

    public event Action<OwnView>? OwnViewChanged;

    public event Func<Guid, Task>? AssemblyDeleted;

    public event Func<Task>? Connected;

    // A circuit that lost its socket is gone from the phone's point of view: the browser's own script
    // says so and reconnects it; nothing in here can drop.
    public event Action? Reconnecting
    {
        add { }
        remove { }
    }

    public event Action<long>? Failed
    {
        add { }
        remove { }
    }

    public IParticipantHub Server { get; }

    public bool IsUp => true;

    public IPAddress? RemoteAddress => _address.RemoteAddress;

    public ConnectionBinding? Binding { get; private set; }

    public int FailedJoins { get; set; }

    public async Task StartAsync(CancellationToken stopping)
    {
        _renderer = SynchronizationContext.Current;
        if (Connected is { } connected)
        {
            await connected();
        }
    }

    public Task BindAsync(ConnectionBinding binding)
    {
        ArgumentNullException.ThrowIfNull(binding);
        _following?.Dispose();
        Binding = binding;
        _following = _feeds.FollowPhone(
            binding.AssemblyId,
            binding.ParticipantId!.Value,
            board => _board.Post(_renderer, board),
            own => _own.Post(_renderer, own),
            deleted => OnRenderer(() => AssemblyDeleted?.Invoke(deleted.AssemblyId)));
        return Task.CompletedTask;
    }

    public Task UnbindAsync()
    {
        _following?.Dispose();
        _following = null;
        Binding = null;
        return Task.CompletedTask;
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    public void Dispose()
    {
        _following?.Dispose();
        _following = null;
    }

    private void OnRenderer(Action push)
    {
        if (_renderer is { } renderer)
        {
            renderer.Post(_ => push(), null);
        }
        else
        {
            push();
        }
    }
}
