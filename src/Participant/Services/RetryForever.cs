using Microsoft.AspNetCore.SignalR.Client;

namespace OffeneVersammlung.Participant.Services;

/// <summary>Reconnects at once, then after 1, 2, 5 seconds, then every 10 seconds — and never gives up.</summary>
public sealed class RetryForever(Action<long> onRetry) : IRetryPolicy
{
    private static readonly TimeSpan[] Delays = [TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(5)];

    public TimeSpan? NextRetryDelay(RetryContext retryContext)
    {
        onRetry(retryContext.PreviousRetryCount);
        return retryContext.PreviousRetryCount < Delays.Length ? Delays[retryContext.PreviousRetryCount] : TimeSpan.FromSeconds(10);
    }
}
