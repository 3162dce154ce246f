using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Throttling;

/// <summary>
/// Stands between join-code guessers and the room they share an address with. Wrong codes are counted
/// per network address in a sliding window; once an address has used up its wrong codes, the codes it
/// has not proven to know are no longer looked up (so its guesses learn nothing), while a code it has
/// proven — a phone joined with it, or the assembly's console or projector connected from there — is
/// still admitted at once. One guesser behind the community centre's Wi-Fi is thereby slowed to the
/// window's rate, and the 60 neighbours beside them, who all type the code from the wall, are not.
/// </summary>
public sealed class JoinGuard(IOptions<OffeneVersammlungOptions> options, TimeProvider time) : IJoinGuard
{
    // The room's code stays known for the evening, not just for the failure window.
    private static readonly TimeSpan KnownCodeLifetime = TimeSpan.FromHours(12);
    private const int SweepAbove = 10_000;
    private readonly ConcurrentDictionary<IPAddress, AddressRecord> _addresses = new();

    /// <summary>
    /// Whether a join with <paramref name="code"/> from this address may be looked up now: always for a
    /// code the address knows, otherwise while it has wrong codes left in the window.
    /// </summary>
    public bool MayTry(IPAddress? address, string code)
    {
        if (address is null || !_addresses.TryGetValue(NetworkAddress.Of(address), out var record))
        {
            return true;
        }

        lock (record)
        {
            Forget(record);
            return record.KnownCodes.ContainsKey(code) || record.Failures.Count < options.Value.FailedJoinsPerAddress;
        }
    }

    public ValueTask<bool> MayTryAsync(IPAddress? address, string code) => ValueTask.FromResult(MayTry(address, code));

    public ValueTask RecordFailureAsync(IPAddress? address)
    {
        RecordFailure(address);
        return ValueTask.CompletedTask;
    }

    public ValueTask RecordKnownAsync(IPAddress? address, string code)
    {
        RecordKnown(address, code);
        return ValueTask.CompletedTask;
    }

    /// <summary>A wrong code was looked up for this address.</summary>
    public void RecordFailure(IPAddress? address) => Update(address, record => record.Failures.Enqueue(time.GetTimestamp()));

    /// <summary>The address has shown it knows this live code (a phone joined, or a secret link connected).</summary>
    public void RecordKnown(IPAddress? address, string code) => Update(address, record => record.KnownCodes[code] = time.GetTimestamp());

    private void Update(IPAddress? address, Action<AddressRecord> change)
    {
        if (address is null)
        {
            return;
        }

        if (_addresses.Count > SweepAbove)
        {
            Sweep();
        }

        var record = _addresses.GetOrAdd(NetworkAddress.Of(address), _ => new AddressRecord());
        lock (record)
        {
            Forget(record);
            change(record);
        }
    }

    private void Forget(AddressRecord record)
    {
        var window = TimeSpan.FromSeconds(options.Value.FailedJoinWindowSeconds);
        while (record.Failures.TryPeek(out var at) && time.GetElapsedTime(at) >= window)
        {
            record.Failures.Dequeue();
        }

        foreach (var (code, at) in record.KnownCodes)
        {
            if (time.GetElapsedTime(at) >= KnownCodeLifetime)
            {
                record.KnownCodes.Remove(code);
            }
        }
    }

    // Many addresses with old failures (a distributed scan) must not grow memory without bound.
    private void Sweep()
    {
        foreach (var (address, record) in _addresses)
        {
            lock (record)
            {
                Forget(record);
                if (record.Failures.Count == 0 && record.KnownCodes.Count == 0)
                {
                    _addresses.TryRemove(address, out _);
                }
            }
        }
    }

    private sealed class AddressRecord
    {
        public Queue<long> Failures { get; } = new();

        public Dictionary<string, long> KnownCodes { get; } = new(StringComparer.Ordinal);
    }
}
