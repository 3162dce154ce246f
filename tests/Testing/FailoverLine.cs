using System.Net;
using System.Net.Sockets;

namespace OffeneVersammlung.Testing;

/// <summary>
/// The reverse proxy in front of several nodes, as small as a test needs: each TCP connection goes to
/// the first node in its list that takes it, and stays there (sticky by connection), so a phone whose
/// node died reaches the next one when it reconnects by itself, through the same address.
/// </summary>
public sealed class FailoverLine : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri[] _nodes;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Task _accepting;

    private FailoverLine(Uri[] nodes)
    {
        _nodes = nodes;
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    /// <summary>Where the phones connect.</summary>
    public Uri BaseAddress { get; }

    /// <summary>A line that prefers the nodes in this order.</summary>
    public static FailoverLine To(params Uri[] nodes) => new(nodes);

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        _stopping.Dispose();
    }

    private async Task AcceptAsync()
    {
        while (!_stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(_stopping.Token);
            }
            catch (Exception) when (_stopping.IsCancellationRequested)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }

    private async Task RelayAsync(Socket client)
    {
        using var _ = client;
        using var server = await ConnectToFirstAsync();
        if (server is null)
        {
            return;
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
        await Task.WhenAny(PumpAsync(client, server, done.Token), PumpAsync(server, client, done.Token));
        await done.CancelAsync();
        client.Close();
        server.Close();
    }

    private async Task<Socket?> ConnectToFirstAsync()
    {
        foreach (var node in _nodes)
        {
            var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
            try
            {
                await server.ConnectAsync(node.Host, node.Port, _stopping.Token);
                return server;
            }
            catch (SocketException)
            {
                server.Dispose();
            }
        }

        return null;
    }

    private static async Task PumpAsync(Socket from, Socket to, CancellationToken token)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (!token.IsCancellationRequested)
            {
                var read = await from.ReceiveAsync(buffer, token);
                if (read == 0)
                {
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), token);
            }
        }
        catch (Exception)
        {
            // One side went away; the relay ends.
        }
    }
}
