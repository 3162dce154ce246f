namespace OffeneVersammlung.Bench.Load.Lean;

/// <summary>
/// A SignalR client must be heard from within the server's client timeout (30 s by default), or the server
/// closes its connection; the full client pings every 15 s, and so do the lean listeners, all from one loop.
/// </summary>
public static class LeanPings
{
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(10);
    private static readonly Lock Guard = new();
    private static readonly HashSet<LeanListener> Listening = [];
    private static Task? s_loop;

    public static void Add(LeanListener listener)
    {
        lock (Guard)
        {
            Listening.Add(listener);
            s_loop ??= Task.Run(PingForeverAsync);
        }
    }

    public static void Remove(LeanListener listener)
    {
        lock (Guard)
        {
            Listening.Remove(listener);
        }
    }

    private static async Task PingForeverAsync()
    {
        using var timer = new PeriodicTimer(Every);
        while (await timer.WaitForNextTickAsync())
        {
            LeanListener[] now;
            lock (Guard)
            {
                now = [.. Listening];
            }

            foreach (var listener in now)
            {
                try
                {
                    await listener.PingAsync();
                }
                catch (Exception e) when (e is System.Net.WebSockets.WebSocketException or ObjectDisposedException or OperationCanceledException)
                {
                    // Closed meanwhile: nothing to keep alive.
                }
            }
        }
    }
}
