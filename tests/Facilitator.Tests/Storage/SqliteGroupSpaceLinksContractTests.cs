using OffeneVersammlung.Facilitator.GroupSpaces;
using OffeneVersammlung.Facilitator.Hosting;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class SqliteGroupSpaceLinksContractTests : GroupSpaceLinksContract
{
    private readonly TempFolder _folder = new();

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    protected override IGroupSpaceLinks CreateLinks() => new SqliteGroupSpaceLinks(new DatabaseFile(_folder.File("links.db")));
}
