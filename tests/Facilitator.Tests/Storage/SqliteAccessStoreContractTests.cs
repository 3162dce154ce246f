using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class SqliteAccessStoreContractTests : AccessStoreContract
{
    private readonly TempFolder _folder = new();

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    protected override IAccessStore CreateStore() => new SqliteAccessStore(new DatabaseFile(_folder.File("access.db")));
}
