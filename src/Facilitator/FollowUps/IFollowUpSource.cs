namespace OffeneVersammlung.Facilitator.FollowUps;

/// <summary>Where a follow-up's groups come from: the closed assembly today, a group space later (decision 0019).</summary>
public interface IFollowUpSource
{
    /// <summary>The groups to carry over from <paramref name="assemblyId"/>, or null when it is gone or not closed.</summary>
    Task<FollowUpImport?> ReadAsync(Guid assemblyId, CancellationToken cancellationToken = default);
}
