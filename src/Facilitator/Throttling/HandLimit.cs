using System.Collections.Concurrent;
using OffeneVersammlung.Contracts;

namespace OffeneVersammlung.Facilitator.Throttling;

/// <summary>
/// How often one person's hand may go up or down: a few at once (a mistaken tap and its correction), then one
/// every <see cref="SecondsPerChange"/> seconds. Counted per participant, not per connection, so a phone
/// that reconnects or opens a second tab does not get a fresh allowance; every hand change would otherwise
/// reorder the list on every screen of the room.
/// </summary>
public sealed class HandLimit(TimeProvider time)
{
    public const int Burst = 4;

    public const int SecondsPerChange = 5;

    public static readonly CommandResult Refused = CommandResult.Refused(RefusalCode.TooManyRequests, HostRefusal.Throttled);

    private readonly ConcurrentDictionary<Guid, TokenBucket> _buckets = new();

    public bool MayChange(Guid participantId) =>
        _buckets.GetOrAdd(participantId, _ => new TokenBucket(Burst, 1.0 / SecondsPerChange, time)).TryTake();
}
