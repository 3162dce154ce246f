using System.Collections.Concurrent;
using System.Net;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Throttling;

/// <summary>
/// How many assemblies one network address may open: a burst of <see cref="OffeneVersammlungOptions.AssembliesPerAddressPerHour"/>,
/// refilled over the hour. Without an admin token anybody may open assemblies, and each one is a row
/// and an event stream on the server's disk; with a token, its holders are trusted and not limited.
/// </summary>
public sealed class OpeningLimit(IOptions<OffeneVersammlungOptions> options, TimeProvider time)
{
    private const int SweepAbove = 10_000;
    private readonly ConcurrentDictionary<IPAddress, TokenBucket> _buckets = new();

    public bool TryOpen(IPAddress? address)
    {
        var limits = options.Value;
        if (!string.IsNullOrEmpty(limits.AdminToken))
        {
            return true;
        }

        if (_buckets.Count > SweepAbove)
        {
            _buckets.Clear(); // a distributed flood: forgetting old buckets only hands out fresh bursts
        }

        var perHour = Math.Max(1, limits.AssembliesPerAddressPerHour);
        var bucket = _buckets.GetOrAdd(
            address is null ? IPAddress.None : NetworkAddress.Of(address),
            _ => new TokenBucket(perHour, perHour / 3600.0, time));
        return bucket.TryTake();
    }
}
