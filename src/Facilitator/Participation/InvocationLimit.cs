using Microsoft.Extensions.Options;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Throttling;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// One server-mode phone's rate of calls, the same as a hub connection's (<see cref="ConnectionThrottle"/>:
/// a burst of <c>InvocationBurst</c>, then <c>InvocationsPerSecond</c>): commands and joins beyond it are
/// refused unseen with the same answer, reads wait their turn. One per circuit.
/// </summary>
public sealed class InvocationLimit(IOptions<OffeneVersammlungOptions> options, TimeProvider time)
{
    public static readonly CommandResult RefusedCommand = CommandResult.Refused(RefusalCode.TooManyRequests, HostRefusal.Throttled);

    public static readonly JoinResult RefusedJoin = JoinResult.Refused(RefusalCode.TooManyRequests, HostRefusal.Throttled);

    private readonly TokenBucket _bucket = new(options.Value.InvocationBurst, options.Value.InvocationsPerSecond, time);

    public Task<CommandResult> Command(Func<Task<CommandResult>> call) => _bucket.TryTake() ? call() : Task.FromResult(RefusedCommand);

    public Task<JoinResult> Join(Func<Task<JoinResult>> call) => _bucket.TryTake() ? call() : Task.FromResult(RefusedJoin);

    public async Task<T> Read<T>(Func<Task<T>> call)
    {
        while (!_bucket.TryTake(out var wait))
        {
            await Task.Delay(wait, time);
        }

        return await call();
    }
}
