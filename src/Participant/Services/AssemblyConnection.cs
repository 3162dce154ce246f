using Microsoft.AspNetCore.SignalR;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;

namespace OffeneVersammlung.Participant.Services;

/// <summary>
/// The phone's one connection to its assembly, over whichever <see cref="IParticipantLine"/> the mode
/// gives it (the hub, or the server's own process). Keeps the newest board and own view (older pushes
/// are dropped), resumes with the stored device token after every (re)connect, and sends queued
/// commands in order once the line is bound again. While the browser says it is offline the phone says so too and
/// holds what is tapped; back online it says "Verbunden" only once the server answered again.
/// Components read <see cref="View"/> and listen to <see cref="Changed"/>.
/// </summary>
public sealed class AssemblyConnection(IParticipantLine line, DeviceTokenStore devices, CommandQueue queue, Notices notices, UiText text, NetworkWatch network) : IAsyncDisposable, IDisposable
{
    private static readonly TimeSpan ThrottledRetry = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan StoreRetry = TimeSpan.FromSeconds(2);
    private bool _storeDown;
    private readonly CancellationTokenSource _stopping = new();
    private bool _started;
    private bool _bound;
    private bool _pumping;
    private bool _networkDown;
    private readonly NewestViews _views = new();

    public event Action? Changed;

    public ConnectionState State { get; private set; } = ConnectionState.Connecting;

    public PublicBoard? Board => _views.Board;

    public OwnView? Own => _views.Own;

    public StoredDevice? Device { get; private set; }

    public bool IsJoined => Device is not null && Board is not null && Own is not null;

    public IReadOnlyList<PendingCommand> Pending => queue.Pending;

    /// <summary>Connects (retrying until it works), then resumes a stored participant if there is one.</summary>
    public async Task StartAsync()
    {
        if (_started)
        {
            return;
        }

        _started = true;
        await queue.LoadAsync();
        if (await devices.ReadAsync() is { } stored)
        {
            Device = stored;
        }
        else if (Device is { } arrived)
        {
            await devices.SaveAsync(arrived); // the page brought it (a join form's post) and the browser's script could not store it
        }

        network.Changed += OnNetworkChanged;
        _networkDown = !await network.StartAsync();
        line.BoardChanged += board => Apply(board, null);
        line.OwnViewChanged += own => Apply(null, own);
        line.AssemblyDeleted += OnAssemblyDeletedAsync;
        line.Reconnecting += () =>
        {
            _bound = false;
            SetState(ConnectionState.Reconnecting);
        };
        line.Failed += OnRetry;
        line.Connected += OnConnectedAsync;
        SetState(ConnectionState.Connecting);
        await line.StartAsync(_stopping.Token);
    }

    /// <summary>
    /// The participant the page was prerendered for (a join form's post): shown at once, bound on start
    /// like a stored device.
    /// </summary>
    public void Arrive(StoredDevice device, ParticipantView view)
    {
        ArgumentNullException.ThrowIfNull(device);
        ArgumentNullException.ThrowIfNull(view);
        Device = device;
        _views.Follow(device.AssemblyId, view.Own.ParticipantId);
        _views.Apply(view.Board, view.Own);
    }

    /// <summary>
    /// Joins with the code; <paramref name="knockToken"/> is the token a knock was answered with, to
    /// ask again as the same device until the facilitator lets it in. Null when the phone is offline: nothing was asked.
    /// </summary>
    public async Task<JoinResult?> JoinAsync(string joinCode, string? pseudonym, Presence presence, string? knockToken = null)
    {
        if (_networkDown || !line.IsUp)
        {
            return null;
        }

        var code = joinCode.Trim().ToUpperInvariant();
        var reply = await line.Server.Join(code, string.IsNullOrWhiteSpace(pseudonym) ? null : pseudonym.Trim(), presence, knockToken);
        if (reply is { Accepted: true, AssemblyId: { } assemblyId, DeviceToken: { } token, Snapshot: { } view })
        {
            await queue.ClearAsync();
            Device = new StoredDevice(assemblyId, code, token);
            await devices.SaveAsync(Device);
            _bound = true;
            Follow(reply, view);
        }

        return reply;
    }

    /// <summary>Leaves this assembly on this phone (forgets the token), e.g. to join another one.</summary>
    public async Task ForgetAsync()
    {
        await devices.ForgetAsync();
        await queue.ClearAsync();
        Device = null;
        _views.Clear();
        _bound = false;
        Changed?.Invoke();
    }

    /// <summary>Queues a participant command (its id made with it) and sends it when the line allows.</summary>
    public async Task SendAsync(PendingCommand command)
    {
        await queue.EnqueueAsync(command);
        Changed?.Invoke();
        await PumpAsync();
    }

    /// <summary>The browser held taps while the line was down (a server-mode phone): take them from storage and send them, once each, as soon as the browser is online.</summary>
    public async Task TakeStoredQueueAsync(bool online)
    {
        await queue.LoadAsync();
        Changed?.Invoke();
        if (online && _networkDown)
        {
            // The browser's "online" went out while the circuit was away and never arrived: it is back now.
            _networkDown = false;
            await OnConnectedAsync();
            return;
        }

        await PumpAsync();
    }

    public async ValueTask DisposeAsync()
    {
        network.Changed -= OnNetworkChanged;
        await _stopping.CancelAsync(); // the container disposes the line
    }

    /// <summary>For containers that dispose synchronously: stops the loops and lets the connection close on its own.</summary>
    public void Dispose()
    {
        network.Changed -= OnNetworkChanged;
        _stopping.Cancel();
    }

    /// <summary>The facilitator deleted the assembly (or its retention ran out): nothing to resume, back to the join screen.</summary>
    private async Task OnAssemblyDeletedAsync(Guid assemblyId)
    {
        if (Device?.AssemblyId == assemblyId)
        {
            await ForgetAsync();
            notices.Say(text["AssemblyDeleted"]);
        }
    }

    private void OnNetworkChanged(bool online)
    {
        if (!online)
        {
            _networkDown = true;
            _bound = false; // hold what is tapped: sent now, it could hang on a socket that is already dead
            SetState(ConnectionState.Offline);
            return;
        }

        _networkDown = false;
        if (line.IsUp)
        {
            // The old socket may have survived; resuming over it proves it before the badge says "Verbunden".
            _ = OnConnectedAsync();
        }
    }

    private void OnRetry(long failedAttempts)
    {
        if (failedAttempts >= 2 && State != ConnectionState.Offline)
        {
            SetState(ConnectionState.Offline);
        }
    }

    /// <summary>After every (re)connect: bind the new connection to the participant again, take the snapshot, then send what waited.</summary>
    private async Task OnConnectedAsync()
    {
        _bound = false;
        var server = line.Server;
        try
        {
            if (Device is { } device)
            {
                var reply = await server.Resume(device.AssemblyId, device.DeviceToken);
                if (reply is { Accepted: true, Snapshot: { } view })
                {
                    _bound = true;
                    Follow(reply, view);
                }
                else if (reply.Host == HostRefusal.UnknownDevice || reply.Refusal == RefusalCode.AssemblyNotCreated)
                {
                    await ForgetAsync();
                }
                else if (reply.Refusal == RefusalCode.StoreUnavailable)
                {
                    // The server cannot read its store right now: the phone is nobody there yet, so it keeps what
                    // waits, says it is still connecting, and asks again by itself (the line itself is fine).
                    SetState(ConnectionState.Reconnecting);
                    _ = ResumeLaterAsync();
                    return;
                }
            }

            SetState(ConnectionState.Connected);
            await PumpAsync();
        }
        catch (Exception) when (!line.IsUp)
        {
            // The line dropped again while resuming; the reconnect handler starts over.
        }
    }

    private async Task ResumeLaterAsync()
    {
        try
        {
            await Task.Delay(StoreRetry, _stopping.Token);
        }
        catch (OperationCanceledException)
        {
            return;
        }

        if (!_bound && line.IsUp)
        {
            await OnConnectedAsync();
        }
    }

    private async Task PumpAsync()
    {
        if (_pumping)
        {
            return;
        }

        _pumping = true;
        var interrupted = false;
        try
        {
            while (_bound && line.IsUp && queue.Next is { } command)
            {
                CommandResult reply;
                try
                {
                    reply = await command.SendTo(line.Server);
                }
                catch (HubException)
                {
                    // The server answered with an error (e.g. arguments it cannot read): resending cannot help.
                    await queue.CompleteAsync(command);
                    notices.Refuse(RefusalCode.ValueOutOfRange);
                    continue;
                }
                catch (Exception)
                {
                    interrupted = true; // not answered: it stays queued and goes again, with the same id, after the reconnect
                    break;
                }

                if (reply.Refusal == RefusalCode.TooManyRequests)
                {
                    // The server refused it unseen because this phone sent too much at once: same id, a moment later.
                    await Task.Delay(ThrottledRetry, _stopping.Token).ConfigureAwait(false);
                    continue;
                }

                if (reply.Refusal == RefusalCode.StoreUnavailable)
                {
                    // The server could not store it: it stays queued and goes again, same id, until the store is back.
                    // Said once per outage, not at every retry.
                    if (!_storeDown)
                    {
                        _storeDown = true;
                        notices.Refuse(RefusalCode.StoreUnavailable);
                    }

                    await Task.Delay(StoreRetry, _stopping.Token).ConfigureAwait(false);
                    continue;
                }

                _storeDown = false;

                await queue.CompleteAsync(command);
                if (!reply.Accepted && reply.Refusal is { } code)
                {
                    notices.Refuse(code);
                }

                Changed?.Invoke();
            }
        }
        finally
        {
            _pumping = false;
        }

        // The reconnect may have finished while this pass was failing; then nobody else would send the rest.
        if (interrupted && _bound && line.IsUp)
        {
            await PumpAsync();
        }
    }

    /// <summary>Shows the assembly the reply bound this connection to: its snapshot, or a push that overtook the reply.</summary>
    private void Follow(JoinResult reply, ParticipantView snapshot)
    {
        _views.Follow(reply.AssemblyId!.Value, reply.ParticipantId!.Value);
        _views.Apply(snapshot.Board, snapshot.Own);
        Changed?.Invoke();
    }

    private void Apply(PublicBoard? board, OwnView? own)
    {
        if (_views.Apply(board, own))
        {
            Changed?.Invoke();
        }
    }

    private void SetState(ConnectionState state)
    {
        if (_networkDown && state != ConnectionState.Offline)
        {
            return; // the browser's own word wins until it is online again
        }

        if (State != state)
        {
            State = state;
            Changed?.Invoke();
        }
    }
}
