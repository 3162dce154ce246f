using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class PostgresAccessStoreContractTests : AccessStoreContract
{
    private readonly PostgresNodes _database = new();

    public override Task InitializeAsync() => _database.CreateDatabaseAsync();

    public override Task DisposeAsync() => _database.DisposeAsync().AsTask();

    protected override IAccessStore CreateStore() => new PostgresAccessStore(_database.Node());
}
