using Microsoft.Data.Sqlite;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>
/// One of the host's own tables in its SQLite file (beside the events): created on the first connection any
/// caller opens, once per process, however many callers arrive at the same moment.
/// </summary>
public sealed class HostTable(DatabaseFile database, string schema)
{
    private readonly SemaphoreSlim _creating = new(1, 1);
    private volatile bool _created;

    /// <summary>An open connection on a file that has the table.</summary>
    public async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = await database.OpenAsync(cancellationToken);
        if (!_created)
        {
            await _creating.WaitAsync(cancellationToken);
            try
            {
                if (!_created)
                {
                    await using var create = connection.CreateCommand();
                    create.CommandText = schema;
                    await create.ExecuteNonQueryAsync(cancellationToken);
                    _created = true;
                }
            }
            finally
            {
                _creating.Release();
            }
        }

        return connection;
    }
}
