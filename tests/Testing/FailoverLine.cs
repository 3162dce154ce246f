using System.Net.Sockets;

namespace OffeneVersammlung.Testing;

/// <summary>
/// The reverse proxy in front of several nodes, as small as a test needs: each TCP connection goes to
/// the first node in its list that takes it, and stays there (sticky by connection), so a phone whose
/// node died reaches the next one when it reconnects by itself, through the same address.
/// </summary>
public sealed class FailoverLine : LoopbackRelay
{
    private readonly Uri[] _nodes;

    private FailoverLine(Uri[] nodes)
    {
        _nodes = nodes;
        Open();
    }

    /// <summary>A line that prefers the nodes in this order.</summary>
    public static FailoverLine To(params Uri[] nodes) => new(nodes);

    protected override async Task RelayAsync(Socket client)
    {
        using var _ = client;
        using var server = await ConnectToFirstAsync();
        if (server is null)
        {
            return;
        }

        using var done = CancellationTokenSource.CreateLinkedTokenSource(Stopping.Token);
        await Task.WhenAny(PumpAsync(client, server, () => false, done.Token), PumpAsync(server, client, () => false, done.Token));
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
                await server.ConnectAsync(node.Host, node.Port, Stopping.Token);
                return server;
            }
            catch (SocketException)
            {
                server.Dispose();
            }
        }

        return null;
    }
}
