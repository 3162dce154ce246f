using Npgsql;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>
/// One of the host's own tables in PostgreSQL (<see cref="HostTable"/>'s sibling for <c>Storage = PostgreSQL</c>):
/// created on first use, once per process and, under an advisory lock, once across nodes starting together.
/// </summary>
public sealed class PostgresHostTable(NpgsqlDataSource dataSource, string schema)
{
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _created;

    /// <summary>An open connection on a database that has the table.</summary>
    public async Task<NpgsqlConnection> OpenAsync(CancellationToken cancellationToken)
    {
        if (!_created)
        {
            await _creating.WaitAsync(cancellationToken);
            try
            {
                if (!_created)
                {
                    await PostgresSchema.CreateAsync(dataSource, schema, cancellationToken);
                    _created = true;
                }
            }
            finally
            {
                _creating.Release();
            }
        }

        return await dataSource.OpenConnectionAsync(cancellationToken);
    }
}
