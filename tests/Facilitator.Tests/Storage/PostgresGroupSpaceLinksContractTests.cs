using OffeneVersammlung.Facilitator.GroupSpaces;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class PostgresGroupSpaceLinksContractTests : GroupSpaceLinksContract
{
    private readonly PostgresNodes _database = new();

    public override Task InitializeAsync() => _database.CreateDatabaseAsync();

    public override Task DisposeAsync() => _database.DisposeAsync().AsTask();

    protected override IGroupSpaceLinks CreateLinks() => new PostgresGroupSpaceLinks(_database.Node());
}
