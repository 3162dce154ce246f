using Npgsql;
using OffeneVersammlung.Facilitator.GroupSpaces;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class PostgresGroupSpaceLinksContractTests : GroupSpaceLinksContract
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

    protected override IGroupSpaceLinks CreateLinks()
    {
        var source = NpgsqlDataSource.Create(_connectionString);
        _sources.Add(source);
        return new PostgresGroupSpaceLinks(source);
    }
}
