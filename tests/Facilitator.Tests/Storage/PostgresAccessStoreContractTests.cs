using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class PostgresAccessStoreContractTests : AccessStoreContract
{
    private readonly PostgresSources _database = new();

    public override Task InitializeAsync() => _database.CreateDatabaseAsync();

    public override async Task DisposeAsync() => await _database.DisposeAsync();

    protected override IAccessStore CreateStore() => new PostgresAccessStore(_database.Next());
}
