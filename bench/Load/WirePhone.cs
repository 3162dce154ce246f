using System.Buffers;
using System.Globalization;
using System.Net.WebSockets;
using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Protocol;
using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Bench.Load;

/// <summary>
/// A joined phone that speaks the hub's protocol itself over one WebSocket: SignalR's own MessagePack protocol
/// classes write and read the messages, without a HubConnection around them. The server gets exactly what a
/// HubConnection sends (handshake, Join, CastDot/RemoveDot, pings); the generator is spared the client's pipes,
/// send and receive loops and per-call bookkeeping, which at 15,000 votes a second took most of its core, so
/// the throughput benchmark measures the server. A push is read only as far as its version, recorded in the phone's
/// <see cref="Receipts"/> when it has them (the fan-out's listeners: with HubConnections the generator sat at 94–96 % of
/// its core at N = 2,000), then dropped. One call at a time, as the closed-loop voter makes them.
/// </summary>
public sealed class WirePhone : IInvocationBinder, IAsyncDisposable
{
    private static readonly MessagePackHubProtocol Protocol = new();
    private static readonly Type[] Pushed = [typeof(Stamp)];
    private readonly ClientWebSocket _socket;
    private readonly Receipts? _receipts;
    private readonly SemaphoreSlim _sending = new(1, 1);
    private readonly ArrayBufferWriter<byte> _out = new(256);
    private TaskCompletionSource<object?>? _pending;
    private string? _pendingId;
    private Type _pendingType = typeof(object);
    private int _nextId;
    private bool _holdsDot;
    private Task? _receiving;

    private WirePhone(ClientWebSocket socket, Receipts? receipts)
    {
        _socket = socket;
        _receipts = receipts;
    }

    public Guid ParticipantId { get; private set; }

    /// <summary>The board versions this phone received, when it keeps them.</summary>
    public Receipts? Receipts => _receipts;

    /// <summary>
    /// Connects to the hub with the skip-negotiation WebSocket (from the next of the generator's source addresses,
    /// <see cref="Clients.UseSourceAddresses"/>) and completes the handshake; the bare hub's listeners stop here.
    /// </summary>
    public static async Task<WirePhone> ConnectAsync(Uri server, Receipts? receipts = null)
    {
        var socket = new ClientWebSocket();
        var hub = new UriBuilder(new Uri(server, "hub")) { Scheme = server.Scheme == Uri.UriSchemeHttps ? "wss" : "ws" }.Uri;
        await socket.ConnectAsync(hub, new HttpMessageInvoker(Clients.NextSourceHandler(), disposeHandler: false), CancellationToken.None);

        var phone = new WirePhone(socket, receipts);
        try
        {
            await phone.HandshakeAsync();
            return phone;
        }
        catch
        {
            await phone.DisposeAsync();
            throw;
        }
    }

    /// <summary>Connects as a phone and joins with the code; the board of the join's answer counts as received.</summary>
    public static async Task<WirePhone> JoinAsync(Uri server, string joinCode, string pseudonym, Receipts? receipts = null)
    {
        var phone = await ConnectAsync(server, receipts);
        try
        {
            var answer = (JoinAnswer?)await phone.InvokeAsync("Join", typeof(JoinAnswer), joinCode, pseudonym, Presence.InRoom, null);
            if (answer is not { Accepted: true })
            {
                throw new InvalidOperationException($"join refused: {answer?.Refusal} {answer?.Detail}");
            }

            phone.ParticipantId = answer.ParticipantId;
            if (answer.Snapshot?.Board is { } board)
            {
                receipts?.Record(board.Version);
            }

            return phone;
        }
        catch
        {
            await phone.DisposeAsync();
            throw;
        }
    }

    /// <summary>Casts a dot, or removes the one it cast before: a steady stream that never runs out of budget.</summary>
    public async Task<Answer> VoteAsync(Guid topic)
    {
        var answer = (Answer)(await InvokeAsync(_holdsDot ? "RemoveDot" : "CastDot", typeof(Answer), Guid.NewGuid(), topic))!;
        if (answer.Accepted)
        {
            _holdsDot = !_holdsDot;
        }

        return answer;
    }

    /// <summary>What a HubConnection sends while idle, so the server keeps a phone that is not voting.</summary>
    public Task PingAsync() => SendAsync(PingMessage.Instance);

    /// <summary>Every 10 s, as a HubConnection pings while idle (the server drops a client it has not heard from in 30 s).</summary>
    public static async Task KeepAliveAsync(IReadOnlyCollection<WirePhone> phones, CancellationToken stop)
    {
        try
        {
            while (true)
            {
                await Task.Delay(TimeSpan.FromSeconds(10), stop);
                await Task.WhenAll(phones.Select(p => p.PingAsync()));
            }
        }
        catch (OperationCanceledException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        _socket.Abort();
        _socket.Dispose();
        if (_receiving is not null)
        {
            await _receiving;
        }

        _sending.Dispose();
    }

    Type IInvocationBinder.GetReturnType(string invocationId) => _pendingType;

    IReadOnlyList<Type> IInvocationBinder.GetParameterTypes(string methodName) =>
        methodName is "BoardChanged" or "OwnViewChanged" ? Pushed : Type.EmptyTypes;

    Type IInvocationBinder.GetStreamItemType(string streamId) => throw new NotSupportedException("The hub streams nothing to phones.");

    private async Task HandshakeAsync()
    {
        _out.ResetWrittenCount();
        HandshakeProtocol.WriteRequestMessage(new HandshakeRequestMessage(Protocol.Name, Protocol.Version), _out);
        await _socket.SendAsync(_out.WrittenMemory, WebSocketMessageType.Binary, true, CancellationToken.None);
        var buffer = new byte[16 * 1024];
        var filled = 0;
        while (true)
        {
            var received = await _socket.ReceiveAsync(buffer.AsMemory(filled), CancellationToken.None);
            if (received.MessageType == WebSocketMessageType.Close)
            {
                throw new WebSocketException("The hub closed the connection during the handshake.");
            }

            filled += received.Count;
            var input = new ReadOnlySequence<byte>(buffer, 0, filled);
            if (HandshakeProtocol.TryParseResponseMessage(ref input, out var response))
            {
                if (response.Error is { } error)
                {
                    throw new InvalidOperationException($"handshake refused: {error}");
                }

                var rest = buffer.AsSpan(filled - (int)input.Length, (int)input.Length).ToArray();
                _receiving = Task.Run(() => ReceiveAsync(rest));
                return;
            }
        }
    }

    private async Task<object?> InvokeAsync(string target, Type returns, params object?[] arguments)
    {
        var id = (++_nextId).ToString(CultureInfo.InvariantCulture);

        // Completed on the receive loop, which then runs the voter's next send itself: no hop to another thread.
        var done = new TaskCompletionSource<object?>();
        _pendingType = returns;
        _pendingId = id;
        Volatile.Write(ref _pending, done);
        await SendAsync(new InvocationMessage(id, target, arguments));
        return await done.Task;
    }

    private async Task SendAsync(HubMessage message)
    {
        await _sending.WaitAsync();
        try
        {
            _out.ResetWrittenCount();
            Protocol.WriteMessage(message, _out);
            await _socket.SendAsync(_out.WrittenMemory, WebSocketMessageType.Binary, true, CancellationToken.None);
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task ReceiveAsync(byte[] start)
    {
        var buffer = new byte[Math.Max(64 * 1024, start.Length * 2)];
        start.CopyTo(buffer, 0);
        var filled = start.Length;
        try
        {
            while (true)
            {
                filled = Dispatch(buffer, filled);
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var received = await _socket.ReceiveAsync(buffer.AsMemory(filled), CancellationToken.None);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    Fail(new WebSocketException("The hub closed the connection."));
                    return;
                }

                filled += received.Count;
            }
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            Fail(e);
        }
    }

    /// <summary>Handles every whole message in the buffer; returns how many bytes of an unfinished one remain at its start.</summary>
    private int Dispatch(byte[] buffer, int filled)
    {
        var input = new ReadOnlySequence<byte>(buffer, 0, filled);
        while (Protocol.TryParseMessage(ref input, this, out var message))
        {
            if (message is CompletionMessage completion && completion.InvocationId == _pendingId
                && Interlocked.Exchange(ref _pending, null) is { } pending)
            {
                if (completion.Error is { } error)
                {
                    pending.TrySetException(new InvalidOperationException($"the hub failed the call: {error}"));
                }
                else
                {
                    pending.TrySetResult(completion.Result);
                }
            }
            else if (message is InvocationMessage { Target: "BoardChanged", Arguments: [Stamp board] })
            {
                _receipts?.Record(board.Version);
            }
            else if (message is CloseMessage close)
            {
                Fail(new WebSocketException($"The hub closed the connection: {close.Error}"));
            }
        }

        var rest = (int)input.Length;
        buffer.AsSpan(filled - rest, rest).CopyTo(buffer);
        return rest;
    }

    private void Fail(Exception e) => Interlocked.Exchange(ref _pending, null)?.TrySetException(e);
}
