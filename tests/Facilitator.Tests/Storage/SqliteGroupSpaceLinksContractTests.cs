using Microsoft.Extensions.Options;
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
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }

        return Task.CompletedTask;
    }

    protected override IGroupSpaceLinks CreateLinks() =>
        new SqliteGroupSpaceLinks(new DatabaseFile(Options.Create(new OffeneVersammlungOptions { DatabasePath = Path.Combine(_folder, "links.db") }), new TestFolder(_folder)));
}
