using System.Net.Sockets;

namespace OffeneVersammlung.Testing;

/// <summary>
/// A TCP relay on loopback between clients and the server that, once told to, cuts connections
/// abruptly (RST) after a random number of chunks from the server — mid-command, mid-push, mid-resume —
/// as a phone in a community centre's Wi-Fi experiences it. It stops by itself after a given number of cuts.
/// </summary>
public sealed class FlakyLine : LoopbackRelay
{
    private readonly Uri _target;
    private readonly Lock _lock = new();
    private Random _random = new(0);
    private int _cutsLeft;

    private FlakyLine(Uri target)
    {
        _target = target;
        Open();
    }

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

    protected override async Task RelayAsync(Socket client)
    {
        using var server = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);
        using var _ = client;
        try
        {
            await server.ConnectAsync(_target.Host, _target.Port, Stopping.Token);
            int life;
            lock (_lock)
            {
                life = _random.Next(2, 40);
            }

            using var cut = CancellationTokenSource.CreateLinkedTokenSource(Stopping.Token);
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
