using System.Net;
using System.Net.Sockets;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace OffeneVersammlung.Bench.Load;

/// <summary>
/// Real SignalR .NET clients with MessagePack over WebSockets, each recording the board versions it receives.
/// Every client's socket counts the bytes it reads (<see cref="ReceivedBytes"/>).
/// </summary>
public static class Clients
{
    private static SocketsHttpHandler[] s_sources = [HandlerFrom(null)];
    private static int s_next;
    private static long s_received;

    /// <summary>Bytes every client has read from its socket so far (HTTP upgrade and WebSocket frames).</summary>
    public static long ReceivedBytes => Interlocked.Read(ref s_received);

    /// <summary>
    /// Spreads the clients' sockets over 127.0.0.<paramref name="first"/> … (<paramref name="count"/> addresses, all
    /// loopback on Linux): one source address has about 28,000 ephemeral ports, fewer than 10,000 phones and their
    /// bare-hub twins or 50,000 idle phones need. 1 address from .1 (the default) leaves the choice to the system.
    /// </summary>
    public static void UseSourceAddresses(int count, int first = 1) =>
        s_sources = count <= 1 && first == 1 ? [HandlerFrom(null)] : [.. Enumerable.Range(first, Math.Max(1, count)).Select(i => HandlerFrom(IPAddress.Parse($"127.0.0.{i}")))];

    /// <summary>The handler of the next source address, round robin (the one without an address lets the system choose).</summary>
    public static SocketsHttpHandler NextSourceHandler() =>
        s_sources[(int)((uint)Interlocked.Increment(ref s_next) % s_sources.Length)];

    public static HubConnection Build(Uri server)
    {
        var handler = NextSourceHandler();
        return new HubConnectionBuilder()
            .WithUrl(new Uri(server, "hub"), o =>
            {
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
                o.WebSocketFactory = async (context, cancellationToken) =>
                {
                    var socket = new ClientWebSocket();
                    await socket.ConnectAsync(context.Uri, new HttpMessageInvoker(handler, disposeHandler: false), cancellationToken);
                    return socket;
                };
            })
            .AddMessagePackProtocol()
            .Build();
    }

    /// <summary>Sockets from <paramref name="source"/> (null: the system's choice), their reads counted.</summary>
    private static SocketsHttpHandler HandlerFrom(IPAddress? source) => new()
    {
        ConnectCallback = async (context, cancellationToken) =>
        {
            var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
            try
            {
                if (source is not null)
                {
                    socket.Bind(new IPEndPoint(source, 0));
                }

                await socket.ConnectAsync(context.DnsEndPoint, cancellationToken);
                return new CountingStream(new NetworkStream(socket, ownsSocket: true), read => Interlocked.Add(ref s_received, read));
            }
            catch
            {
                socket.Dispose();
                throw;
            }
        },
    };

    /// <summary>
    /// Starts a connection whose board pushes land in <paramref name="receipts"/>. A busy server may
    /// drop a handshake (its 15 s timeout); the generator then tries again, as a phone would.
    /// </summary>
    public static async Task<HubConnection> ListeningAsync(Uri server, Receipts receipts)
    {
        for (var attempt = 1; ; attempt++)
        {
            var connection = Build(server);
            connection.On<Stamp>("BoardChanged", board => receipts.Record(board.Version));
            connection.On<Stamp>("OwnViewChanged", _ => { });
            try
            {
                await connection.StartAsync();
                return connection;
            }
            catch (Exception e) when (attempt < 5 && e is System.Net.WebSockets.WebSocketException or HttpRequestException or IOException or TimeoutException)
            {
                await connection.DisposeAsync();
                Console.Error.WriteLine($"  connect failed ({e.GetType().Name}), retrying");
                await Task.Delay(200 * attempt);
            }
        }
    }

    /// <summary>Runs <paramref name="work"/> for 0..count-1, at most <paramref name="parallel"/> at once.</summary>
    public static Task ForEachAsync(int count, int parallel, Func<int, Task> work) =>
        Parallel.ForEachAsync(Enumerable.Range(0, count), new ParallelOptions { MaxDegreeOfParallelism = parallel }, async (i, _) => await work(i));

    public static async Task DisposeAllAsync(IEnumerable<HubConnection> connections) =>
        await Task.WhenAll(connections.Select(c => c.DisposeAsync().AsTask()));
}
