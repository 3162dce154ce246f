using Npgsql;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class PostgresEventStoreContractTests : EventStoreContract
{
    private readonly List<NpgsqlDataSource> _sources = [];
    private string _connectionString = string.Empty;

    public override async Task InitializeAsync() => _connectionString = await (await PostgresCluster.Shared).CreateDatabaseAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }
    }

    // Each writer on its own data source: its own pool, as a second node would have.
    protected override IEventStore CreateWriter()
    {
        var source = NpgsqlDataSource.Create(_connectionString);
        _sources.Add(source);
        return new PostgresEventStore(source);
    }
}
