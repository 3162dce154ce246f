using Microsoft.Extensions.Options;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class SqliteAccessStoreContractTests : AccessStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ov-tests-" + Guid.NewGuid().ToString("N"));

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override IAccessStore CreateStore() =>
        new SqliteAccessStore(new DatabaseFile(Options.Create(new OffeneVersammlungOptions { DatabasePath = Path.Combine(_folder, "access.db") }), new TestFolder(_folder)));
}
