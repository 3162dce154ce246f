using OffeneVersammlung.Facilitator.GroupSpaces;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class PostgresGroupSpaceLinksContractTests : GroupSpaceLinksContract
{
    private readonly PostgresSources _database = new();

    public override Task InitializeAsync() => _database.CreateDatabaseAsync();

    public override async Task DisposeAsync() => await _database.DisposeAsync();

    protected override IGroupSpaceLinks CreateLinks() => new PostgresGroupSpaceLinks(_database.Next());
}
