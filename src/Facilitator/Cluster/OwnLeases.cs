namespace OffeneVersammlung.Facilitator.Cluster;

/// <summary>One node alone holds every lease.</summary>
public sealed class OwnLeases : ILeases
{
    public Task<bool> TryHoldAsync(string name, TimeSpan duration, CancellationToken cancellationToken = default) => Task.FromResult(true);
}
