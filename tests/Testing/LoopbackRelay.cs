using System.Net;
using System.Net.Sockets;

namespace OffeneVersammlung.Testing;

/// <summary>
/// A TCP relay on a free loopback port that hands each accepted connection to <see cref="RelayAsync"/>: what the
/// relays between test clients and servers share (a line that fails over, a line that cuts).
/// </summary>
public abstract class LoopbackRelay : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private Task _accepting = Task.CompletedTask;

    protected LoopbackRelay()
    {
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
    }

    /// <summary>Where clients connect instead of the server.</summary>
    public Uri BaseAddress { get; }

    /// <summary>Ends with the relay: every connection's pumps watch it.</summary>
    protected CancellationTokenSource Stopping { get; } = new();

    public async ValueTask DisposeAsync()
    {
        await Stopping.CancelAsync();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }

        Stopping.Dispose();
        GC.SuppressFinalize(this);
    }

    /// <summary>Starts taking connections; called once the derived relay is ready for them.</summary>
    protected void Open() => _accepting = AcceptAsync();

    /// <summary>Carries one client's connection until either side ends it.</summary>
    protected abstract Task RelayAsync(Socket client);

    /// <summary>Copies bytes one way until the sender ends, the token fires or <paramref name="cutNow"/> says so.</summary>
    protected static async Task PumpAsync(Socket from, Socket to, Func<bool> cutNow, CancellationToken token)
    {
        var buffer = new byte[16 * 1024];
        try
        {
            while (!token.IsCancellationRequested)
            {
                var read = await from.ReceiveAsync(buffer, token);
                if (read == 0 || cutNow())
                {
                    return;
                }

                await to.SendAsync(buffer.AsMemory(0, read), token);
            }
        }
        catch (Exception)
        {
            // The other side went away; this direction ends.
        }
    }

    private async Task AcceptAsync()
    {
        while (!Stopping.IsCancellationRequested)
        {
            Socket client;
            try
            {
                client = await _listener.AcceptSocketAsync(Stopping.Token);
            }
            catch (Exception) when (Stopping.IsCancellationRequested)
            {
                return;
            }

            _ = RelayAsync(client);
        }
    }
}
