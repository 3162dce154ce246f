using Npgsql;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class PostgresAccessStoreContractTests : AccessStoreContract
{
    private readonly List<NpgsqlDataSource> _sources = [];
    private string _connectionString = string.Empty;

    public override async Task InitializeAsync() => _connectionString = await (await PostgresCluster.Shared).CreateDatabaseAsync();

    public override async Task DisposeAsync()
    {
        foreach (var source in _sources)
        {
            await source.DisposeAsync();
        }
    }

    protected override IAccessStore CreateStore()
    {
        var source = NpgsqlDataSource.Create(_connectionString);
        _sources.Add(source);
        return new PostgresAccessStore(source);
    }
}
