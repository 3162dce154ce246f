using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class SqliteAccessStoreContractTests : AccessStoreContract
{
    private readonly SqliteFolder _folder = new();

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    protected override IAccessStore CreateStore() => new SqliteAccessStore(_folder.File("access.db"));
}
