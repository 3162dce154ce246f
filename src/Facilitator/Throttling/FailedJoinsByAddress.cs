using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Throttling;

/// <summary>
/// Counts wrong join codes per network address in a sliding window, against scanners that open a new
/// connection for every ten guesses. Only failures count and the limit is generous, because a whole
/// community centre reaches the server from one Wi-Fi address. IPv6 addresses count per /64 network,
/// since one host usually holds a whole /64.
/// </summary>
public sealed class FailedJoinsByAddress(IOptions<OffeneVersammlungOptions> options, TimeProvider time)
{
    private const int SweepAbove = 10_000;
    private readonly ConcurrentDictionary<IPAddress, Queue<long>> _failures = new();

    /// <summary>Whether this address has used up its wrong codes for now.</summary>
    public bool IsBlocked(IPAddress? address)
    {
        if (address is null || !_failures.TryGetValue(NetworkOf(address), out var failures))
        {
            return false;
        }

        lock (failures)
        {
            Forget(failures);
            return failures.Count >= options.Value.FailedJoinsPerAddress;
        }
    }

    public void RecordFailure(IPAddress? address)
    {
        if (address is null)
        {
            return;
        }

        if (_failures.Count > SweepAbove)
        {
            Sweep();
        }

        var failures = _failures.GetOrAdd(NetworkOf(address), _ => new Queue<long>());
        lock (failures)
        {
            Forget(failures);
            failures.Enqueue(time.GetTimestamp());
        }
    }

    private static IPAddress NetworkOf(IPAddress address)
    {
        if (address.IsIPv4MappedToIPv6)
        {
            return address.MapToIPv4();
        }

        if (address.AddressFamily != AddressFamily.InterNetworkV6)
        {
            return address;
        }

        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }

    private void Forget(Queue<long> failures)
    {
        var window = TimeSpan.FromSeconds(options.Value.FailedJoinWindowSeconds);
        while (failures.TryPeek(out var at) && time.GetElapsedTime(at) >= window)
        {
            failures.Dequeue();
        }
    }

    // Many addresses with old failures (a distributed scan) must not grow memory without bound.
    private void Sweep()
    {
        foreach (var (address, failures) in _failures)
        {
            lock (failures)
            {
                Forget(failures);
                if (failures.Count == 0)
                {
                    _failures.TryRemove(address, out _);
                }
            }
        }
    }
}
