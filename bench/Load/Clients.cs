using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;

namespace OffeneVersammlung.Bench.Load;

/// <summary>Real SignalR .NET clients with MessagePack over WebSockets, each recording the board versions it receives.</summary>
public static class Clients
{
    public static HubConnection Build(Uri server) =>
        new HubConnectionBuilder()
            .WithUrl(new Uri(server, "hub"), o =>
            {
                o.SkipNegotiation = true;
                o.Transports = HttpTransportType.WebSockets;
            })
            .AddMessagePackProtocol()
            .Build();

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
