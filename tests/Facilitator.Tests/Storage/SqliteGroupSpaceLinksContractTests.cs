using OffeneVersammlung.Facilitator.GroupSpaces;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class SqliteGroupSpaceLinksContractTests : GroupSpaceLinksContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ov-tests-" + Guid.NewGuid().ToString("N"));

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        return Task.CompletedTask;
    }

    protected override IGroupSpaceLinks CreateLinks() => new SqliteGroupSpaceLinks(new DatabaseFile(Path.Combine(_folder, "links.db")));
}
