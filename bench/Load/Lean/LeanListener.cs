using System.Buffers;
using System.Net.WebSockets;
using MessagePack;
using Microsoft.AspNetCore.SignalR;

namespace OffeneVersammlung.Bench.Load.Lean;

/// <summary>
/// A listening phone without the SignalR client: one WebSocket that speaks SignalR's MessagePack hub protocol
/// itself and reads only the version of each pushed board. With the full client for every listener the
/// generator's core sat at 94–96 % at N = 2,000 and 20 boards a second (docs/PERFORMANCE.md, issue 20 row 2),
/// so the fan-out measured the generator; this one does a fraction of the work per board, the same for the
/// app and the bare hub. Voters stay full clients (<see cref="Phone"/>): their answers are what is timed.
/// </summary>
public sealed class LeanListener : IAsyncDisposable
{
    private const string JoinInvocationId = "1";
    private static readonly MessagePackSerializerOptions Options = new MessagePackHubProtocolOptions().SerializerOptions;

    private readonly ClientWebSocket _socket;
    private readonly Receipts _receipts;
    private readonly TaskCompletionSource<JoinAnswer> _joined = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly CancellationTokenSource _stopping = new();
    private readonly SemaphoreSlim _sending = new(1, 1);
    private Task _receiving = Task.CompletedTask;

    private LeanListener(ClientWebSocket socket, Receipts receipts)
    {
        _socket = socket;
        _receipts = receipts;
    }

    public Receipts Receipts => _receipts;

    /// <summary>Connects to the hub at <paramref name="server"/> and completes SignalR's handshake.</summary>
    public static async Task<LeanListener> ConnectAsync(Uri server, Receipts receipts)
    {
        var socket = new ClientWebSocket();
        var address = new UriBuilder(new Uri(server, "hub")) { Scheme = server.Scheme == "https" ? "wss" : "ws" }.Uri;
        if (Clients.NextSourceHandler() is { } handler)
        {
            await socket.ConnectAsync(address, new HttpMessageInvoker(handler, disposeHandler: false), CancellationToken.None);
        }
        else
        {
            await socket.ConnectAsync(address, CancellationToken.None);
        }

        var listener = new LeanListener(socket, receipts);
        await listener.SendAsync(HubFrames.Handshake);
        listener._receiving = Task.Run(listener.ReceiveAsync);
        LeanPings.Add(listener);
        return listener;
    }

    /// <summary>Joins the assembly as a participant, as a phone's "Mitmachen" does, and waits for the answer.</summary>
    public async Task<JoinAnswer> JoinAsync(string joinCode, string name, object presence)
    {
        await SendAsync(HubFrames.Invocation(JoinInvocationId, "Join", [joinCode, name, presence, null], Options));
        return await _joined.Task.WaitAsync(TimeSpan.FromSeconds(60));
    }

    internal Task PingAsync() => SendAsync(HubFrames.Ping);

    private async Task SendAsync(ReadOnlyMemory<byte> frame)
    {
        await _sending.WaitAsync();
        try
        {
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.SendAsync(frame, WebSocketMessageType.Binary, endOfMessage: true, _stopping.Token);
            }
        }
        finally
        {
            _sending.Release();
        }
    }

    private async Task ReceiveAsync()
    {
        var buffer = new byte[16 * 1024];
        var filled = 0;
        var handshaken = false;
        try
        {
            while (!_stopping.IsCancellationRequested)
            {
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }

                var received = await _socket.ReceiveAsync(buffer.AsMemory(filled), _stopping.Token);
                if (received.MessageType == WebSocketMessageType.Close)
                {
                    break;
                }

                filled += received.Count;
                var consumed = 0;
                if (!handshaken)
                {
                    var end = Array.IndexOf(buffer, HubFrames.RecordSeparator, 0, filled);
                    if (end < 0)
                    {
                        continue;
                    }

                    handshaken = true;
                    consumed = end + 1;
                }

                while (HubFrames.TryFrame(buffer.AsSpan(consumed, filled - consumed), out var start, out var length))
                {
                    Handle(buffer.AsMemory(consumed + start, length));
                    consumed += start + length;
                }

                buffer.AsSpan(consumed, filled - consumed).CopyTo(buffer);
                filled -= consumed;
            }
        }
        catch (Exception e) when (e is OperationCanceledException or WebSocketException)
        {
            // Closed by the bench, or the server went away: the receipts say what arrived.
        }
        finally
        {
            _joined.TrySetException(new IOException("the connection closed before the join was answered"));
        }
    }

    private void Handle(ReadOnlyMemory<byte> message)
    {
        var reader = new MessagePackReader(message);
        reader.ReadArrayHeader();
        switch (reader.ReadInt32())
        {
            case HubFrames.InvocationType:
                reader.Skip(); // headers
                reader.Skip(); // invocation id: none for a push
                if (reader.TryReadStringSpan(out var target) && target.SequenceEqual("BoardChanged"u8))
                {
                    reader.ReadArrayHeader();
                    if (HubFrames.ReadVersion(ref reader) is { } version)
                    {
                        _receipts.Record(version);
                    }
                }

                break;
            case HubFrames.CompletionType:
                reader.Skip(); // headers
                var id = reader.ReadString();
                var kind = reader.ReadInt32();
                if (id == JoinInvocationId)
                {
                    if (kind == HubFrames.ErrorResult)
                    {
                        _joined.TrySetException(new InvalidOperationException(reader.ReadString()));
                    }
                    else
                    {
                        _joined.TrySetResult(MessagePackSerializer.Deserialize<JoinAnswer>(ref reader, Options));
                    }
                }

                break;
            case HubFrames.CloseType:
                _stopping.Cancel();
                break;
        }
    }

    public async ValueTask DisposeAsync()
    {
        LeanPings.Remove(this);
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            if (_socket.State == WebSocketState.Open)
            {
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception e) when (e is WebSocketException or OperationCanceledException)
        {
        }

        await _stopping.CancelAsync();
        await _receiving;
        _socket.Dispose();
        _stopping.Dispose();
        _sending.Dispose();
    }
}
