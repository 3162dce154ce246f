using System.Net;
using System.Net.Sockets;

namespace OffeneVersammlung.Testing;

/// <summary>
/// A TCP relay on loopback between clients and the server that, once told to, cuts connections
/// abruptly (RST) after a random number of chunks from the server — mid-command, mid-push, mid-resume —
/// as a phone in a community centre's Wi-Fi experiences it. It stops by itself after a given number of cuts.
/// </summary>
public sealed class FlakyLine : IAsyncDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly Uri _target;
    private readonly CancellationTokenSource _stopping = new();
    private readonly Lock _lock = new();
    private readonly Task _accepting;
    private Random _random = new(0);
    private int _cutsLeft;

    private FlakyLine(Uri target)
    {
        _target = target;
        _listener.Start();
        BaseAddress = new Uri($"http://127.0.0.1:{((IPEndPoint)_listener.LocalEndpoint).Port}/");
        _accepting = AcceptAsync();
    }

    /// <summary>Where clients connect instead of the server.</summary>
    public Uri BaseAddress { get; }

    /// <summary>How many connections were cut so far.</summary>
    public int Cuts { get; private set; }

    public bool IsDropping
    {
        get
        {
            lock (_lock)
            {
                return _cutsLeft > 0;
            }
        }
    }

    public static FlakyLine To(Uri target) => new(target);

    /// <summary>From now on, cut connections at random (seeded) until <paramref name="cuts"/> were cut.</summary>
    public void StartDropping(int seed, int cuts)
    {
        lock (_lock)
        {
            _random = new Random(seed);
            _cutsLeft = cuts;
        }
    }

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
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var _ = client;
        try
        {
            await server.ConnectAsync(_target.Host, _target.Port, _stopping.Token);
            int life;
            lock (_lock)
            {
                life = _random.Next(2, 40);
            }

            using var cut = CancellationTokenSource.CreateLinkedTokenSource(_stopping.Token);
            var up = PumpAsync(client, server, () => false, cut.Token);
            var down = PumpAsync(server, client, () => --life <= 0 && TakeCut(), cut.Token);
            await Task.WhenAny(up, down);
            await cut.CancelAsync();
        }
        catch (Exception)
        {
            // A relay ends however its sockets end.
        }
        finally
        {
            Abort(client);
            Abort(server);
        }
    }

    private static async Task PumpAsync(Socket from, Socket to, Func<bool> cutNow, CancellationToken token)
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
            // The other side went away.
        }
    }

    private bool TakeCut()
    {
        lock (_lock)
        {
            if (_cutsLeft <= 0)
            {
                return false;
            }

            _cutsLeft--;
            Cuts++;
            return true;
        }
    }

    // A reset, not a polite close: what a lost Wi-Fi looks like to the other end, sooner or later.
    private static void Abort(Socket socket)
    {
        try
        {
            socket.LingerState = new LingerOption(true, 0);
            socket.Close();
        }
        catch (Exception)
        {
            // Already closed.
        }
    }
}
