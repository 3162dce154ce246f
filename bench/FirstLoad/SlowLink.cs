using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Threading.Channels;

namespace OffeneVersammlung.Bench.FirstLoad;

/// <summary>
/// A slow link on loopback: a TCP relay in front of the app that delivers every byte as a link of
/// the profile's rate and delay would. This kernel has no <c>netem</c> (CONFIG_NET_SCH_NETEM is not
/// set; tbf and htb are there, but they cannot delay), so the delay is the relay's. Each direction is
/// one first-in-first-out link shared by every connection through the relay, so 60 phones behind one
/// relay share one uplink, as in a community centre; a phone's own relay is that phone's line.
/// </summary>
public sealed class SlowLink : IAsyncDisposable
{
    // What one connection may have read from its source and not yet delivered: a TCP window in
    // flight. It keeps the relay from reading a whole 1 MB response ahead and lets connections
    // interleave on the link as flows sharing a bottleneck do.
    private const int ChunkBytes = 4 * 1024;
    private const int WindowChunks = 16;

    private readonly TcpListener _listener;
    private readonly IPEndPoint _upstream;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _accepting;

    public SlowLink(IPEndPoint upstream, LinkProfile profile)
    {
        _upstream = upstream;
        Profile = profile;
        Down = new Direction(profile.DownBitsPerSecond, profile.RoundTrip / 2);
        Up = new Direction(profile.UpBitsPerSecond, profile.RoundTrip / 2);
        _listener = new TcpListener(IPAddress.Loopback, 0);
        _listener.Start(1024);
        _accepting = AcceptAsync();
    }

    public LinkProfile Profile { get; }

    /// <summary>Server to phone.</summary>
    public Direction Down { get; }

    /// <summary>Phone to server.</summary>
    public Direction Up { get; }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    /// <summary>Connections accepted so far.</summary>
    public int Connections { get; private set; }

    public async ValueTask DisposeAsync()
    {
        _stop.Cancel();
        _listener.Stop();
        try
        {
            await _accepting;
        }
        catch (OperationCanceledException)
        {
        }
        catch (SocketException)
        {
        }
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            var phone = await _listener.AcceptSocketAsync(_stop.Token);
            Connections++;
            _ = RelayAsync(phone);
        }
    }

    private async Task RelayAsync(Socket phone)
    {
        using var server = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        // A reset on either side ends both: a relay that kept the server's end open would keep a
        // phone's circuit alive that its browser has left.
        using var broken = CancellationTokenSource.CreateLinkedTokenSource(_stop.Token);
        phone.NoDelay = true;
        try
        {
            await server.ConnectAsync(_upstream, broken.Token);
            // The handshake: a phone on this link sends its first byte one round trip after it dialled.
            await Task.WhenAll(
                PumpAsync(phone, server, Up, Profile.RoundTrip, broken),
                PumpAsync(server, phone, Down, TimeSpan.Zero, broken));
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
        }
        finally
        {
            phone.Dispose();
        }
    }

    private static async Task PumpAsync(Socket from, Socket to, Direction direction, TimeSpan firstDelay, CancellationTokenSource broken)
    {
        var chunks = Channel.CreateBounded<(byte[] Bytes, int Length, long DeliverAt)>(new BoundedChannelOptions(WindowChunks) { SingleReader = true, SingleWriter = true });
        var writing = WriteAsync(to, chunks.Reader, broken);
        // The first byte leaves after the handshake and then travels the link like any other.
        var notBefore = Stopwatch.GetTimestamp() + (long)((firstDelay + direction.OneWay).TotalSeconds * Stopwatch.Frequency);
        try
        {
            while (true)
            {
                var buffer = new byte[ChunkBytes];
                var read = await from.ReceiveAsync(buffer, SocketFlags.None, broken.Token);
                if (read == 0)
                {
                    break;
                }

                var at = Math.Max(direction.Reserve(read), notBefore);
                await chunks.Writer.WriteAsync((buffer, read, at), broken.Token);
            }
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException)
        {
            await broken.CancelAsync();
        }
        finally
        {
            chunks.Writer.TryComplete();
        }

        await writing;
    }

    private static async Task WriteAsync(Socket to, ChannelReader<(byte[] Bytes, int Length, long DeliverAt)> chunks, CancellationTokenSource broken)
    {
        try
        {
            await foreach (var (bytes, length, at) in chunks.ReadAllAsync(broken.Token))
            {
                var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), at);
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, broken.Token);
                }

                var sent = 0;
                while (sent < length)
                {
                    sent += await to.SendAsync(bytes.AsMemory(sent, length - sent), SocketFlags.None, broken.Token);
                }
            }

            to.Shutdown(SocketShutdown.Send);
        }
        catch (Exception e) when (e is SocketException or OperationCanceledException or IOException or ObjectDisposedException)
        {
            await broken.CancelAsync();
        }
    }

    /// <summary>One direction of the link: bytes leave one after another at the rate, then travel the delay.</summary>
    public sealed class Direction(double bitsPerSecond, TimeSpan oneWay)
    {
        private readonly Lock _gate = new();
        private long _free;

        public TimeSpan OneWay => oneWay;

        public long Bytes { get; private set; }

        /// <summary>When the last byte so far arrives at the other end (a Stopwatch timestamp).</summary>
        public long LastArrival { get; private set; }

        /// <summary>The link's busy time so far, for its use over a window.</summary>
        public TimeSpan Busy { get; private set; }

        /// <summary>Queues <paramref name="bytes"/> behind what is already on the link; returns when they arrive.</summary>
        public long Reserve(int bytes)
        {
            var now = Stopwatch.GetTimestamp();
            lock (_gate)
            {
                Bytes += bytes;
                var serialise = double.IsPositiveInfinity(bitsPerSecond) ? 0 : (long)(bytes * 8 / bitsPerSecond * Stopwatch.Frequency);
                _free = Math.Max(_free, now) + serialise;
                Busy += TimeSpan.FromSeconds((double)serialise / Stopwatch.Frequency);
                LastArrival = Math.Max(LastArrival, _free + (long)(oneWay.TotalSeconds * Stopwatch.Frequency));
                return LastArrival;
            }
        }
    }
}
