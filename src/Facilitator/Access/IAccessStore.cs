namespace OffeneVersammlung.Facilitator.Access;

/// <summary>The access records (join codes, hashes of the secret links), in the host's SQLite file or in PostgreSQL.</summary>
public interface IAccessStore
{
    /// <summary>Stores the record; false when its join code is already taken, on any node (the caller draws another).</summary>
    Task<bool> TryAddAsync(AccessRecord record, CancellationToken cancellationToken = default);

    Task<AccessRecord?> FindByAssemblyAsync(Guid assemblyId, CancellationToken cancellationToken = default);

    Task<AccessRecord?> FindByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default);

    /// <summary>Removes the assembly's record, so its join code and both secret links stop working at once.</summary>
    Task DeleteAsync(Guid assemblyId, CancellationToken cancellationToken = default);

    /// <summary>Drops the assembly's record from this node's caches only: another node erased it from the shared store.</summary>
    void Forget(Guid assemblyId);

    /// <summary>Reaches the database and reads from the table: what the health check asks.</summary>
    Task PingAsync(CancellationToken cancellationToken = default);
}
