using System.Diagnostics;
using System.Globalization;
using Microsoft.AspNetCore.SignalR.Client;

namespace OffeneVersammlung.Bench.Load.Idle;

/// <summary>
/// One generator process of the idle benchmark (<c>--idle-worker</c>, started by <see cref="IdleGenerator"/>): a process
/// holds at most as many sockets as its descriptor limit allows (20,000 on this machine, which even root cannot raise),
/// so 50,000 phones take several. It connects its share of phones, each joining its assembly by the code as a person
/// does (or, for the bare hub, only connecting), prints <c>joined N failed F</c>, and then keeps them connected: on a
/// line <c>count</c> on its input it prints <c>connected N</c>, and when its input closes it hangs up and ends.
/// Arguments: the first source address (the k of 127.0.0.k), how many, then one item per assembly:
/// <c>server|joinCode|phones|firstNumber</c>, the code <c>-</c> meaning connect only.
/// </summary>
public static class IdleWorker
{
    private const int JoinsInFlight = 32;

    public static async Task RunAsync(string[] args)
    {
        Clients.UseSourceAddresses(int.Parse(args[1], CultureInfo.InvariantCulture), int.Parse(args[0], CultureInfo.InvariantCulture));
        var connections = new List<HubConnection>();
        var failed = 0;
        var clock = Stopwatch.StartNew();
        foreach (var item in args[2..])
        {
            var (server, code, count, first) = Parse(item);
            var joined = new HubConnection?[count];
            await Clients.ForEachAsync(count, JoinsInFlight, async i =>
            {
                try
                {
                    joined[i] = code == "-"
                        ? await Clients.ListeningAsync(server, new Receipts())
                        : (await AppAssembly.JoinOneAsync(server, code, $"Nachbar {first + i + 1}")).Connection;
                }
                catch (Exception e)
                {
                    // A phone that could not join is counted and reported; the others go on.
                    Interlocked.Increment(ref failed);
                    Console.Error.WriteLine($"  idle phone {first + i + 1} at {server}: {e.GetType().Name}: {e.Message}");
                }
            });
            connections.AddRange(joined.OfType<HubConnection>());
            Console.Error.WriteLine($"  worker {Environment.ProcessId}: {connections.Count} connected after {clock.Elapsed.TotalSeconds:0} s");
        }

        Console.WriteLine($"joined {connections.Count} failed {failed}");
        while (await Console.In.ReadLineAsync() is { } line)
        {
            if (line == "count")
            {
                Console.WriteLine($"connected {connections.Count(c => c.State == HubConnectionState.Connected)}");
            }
        }

        await Clients.DisposeAllAsync(connections);
    }

    private static (Uri Server, string Code, int Count, int First) Parse(string item)
    {
        var parts = item.Split('|');
        return (new Uri(parts[0]), parts[1], int.Parse(parts[2], CultureInfo.InvariantCulture), int.Parse(parts[3], CultureInfo.InvariantCulture));
    }
}
