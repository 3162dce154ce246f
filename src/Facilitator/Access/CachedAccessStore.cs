using System.Collections.Concurrent;

namespace OffeneVersammlung.Facilitator.Access;

/// <summary>
/// What both access stores share: records never change once written, so they are cached after the first read,
/// and forgotten when their assembly is deleted. The subclass only talks to its database.
/// </summary>
public abstract class CachedAccessStore : IAccessStore
{
    private readonly ConcurrentDictionary<Guid, AccessRecord> _byAssembly = new();
    private readonly ConcurrentDictionary<string, AccessRecord> _byCode = new(StringComparer.Ordinal);

    public async Task<bool> TryAddAsync(AccessRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (!await InsertAsync(record, cancellationToken))
        {
            return false;
        }

        Remember(record);
        return true;
    }

    public async Task<AccessRecord?> FindByAssemblyAsync(Guid assemblyId, CancellationToken cancellationToken = default) =>
        _byAssembly.TryGetValue(assemblyId, out var cached) ? cached : Remember(await SelectByAssemblyAsync(assemblyId, cancellationToken));

    public async Task<AccessRecord?> FindByJoinCodeAsync(string joinCode, CancellationToken cancellationToken = default) =>
        _byCode.TryGetValue(joinCode, out var cached) ? cached : Remember(await SelectByJoinCodeAsync(joinCode, cancellationToken));

    public async Task DeleteAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        await DeleteRowAsync(assemblyId, cancellationToken);
        Forget(assemblyId);
    }

    public void Forget(Guid assemblyId)
    {
        _byAssembly.TryRemove(assemblyId, out _);
        foreach (var (code, record) in _byCode)
        {
            if (record.AssemblyId == assemblyId)
            {
                _byCode.TryRemove(code, out _);
            }
        }
    }

    public abstract Task PingAsync(CancellationToken cancellationToken = default);

    /// <summary>Inserts the row; false when the join code is taken.</summary>
    protected abstract Task<bool> InsertAsync(AccessRecord record, CancellationToken cancellationToken);

    protected abstract Task<AccessRecord?> SelectByAssemblyAsync(Guid assemblyId, CancellationToken cancellationToken);

    protected abstract Task<AccessRecord?> SelectByJoinCodeAsync(string joinCode, CancellationToken cancellationToken);

    protected abstract Task DeleteRowAsync(Guid assemblyId, CancellationToken cancellationToken);

    private AccessRecord? Remember(AccessRecord? record)
    {
        if (record is not null)
        {
            _byAssembly[record.AssemblyId] = record;
            _byCode[record.JoinCode] = record;
        }

        return record;
    }
}
