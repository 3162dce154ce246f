using Npgsql;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

/// <summary>A fresh database on the run's cluster and a data source per store made on it (each one node's), disposed together.</summary>
internal sealed class PostgresSources : IAsyncDisposable
{
    private readonly List<NpgsqlDataSource> _sources = [];
    private string _connectionString = string.Empty;

    public async Task CreateDatabaseAsync() => _connectionString = await (await PostgresCluster.Shared).CreateDatabaseAsync();

    /// <summary>Another node's data source on the same database.</summary>
    public NpgsqlDataSource Next()
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
