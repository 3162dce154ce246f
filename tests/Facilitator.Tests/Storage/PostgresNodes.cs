using Npgsql;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

/// <summary>A contract test's own database on the shared throwaway cluster, and one data source per "node" on it.</summary>
internal sealed class PostgresNodes : IAsyncDisposable
{
    private readonly List<NpgsqlDataSource> _sources = [];
    private string _connectionString = string.Empty;

    public async Task CreateDatabaseAsync() => _connectionString = await (await PostgresCluster.Shared).CreateDatabaseAsync();

    /// <summary>A data source of its own: its own pool, as a second node would have.</summary>
    public NpgsqlDataSource Node()
    {
        var source = NpgsqlDataSource.Create(_connectionString);
        _sources.Add(source);
        return source;
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }
    }
}
