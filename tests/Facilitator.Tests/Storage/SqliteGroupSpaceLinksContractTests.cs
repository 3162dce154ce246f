using OffeneVersammlung.Facilitator.GroupSpaces;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class SqliteGroupSpaceLinksContractTests : GroupSpaceLinksContract
{
    private readonly SqliteFolder _folder = new();

    public override Task InitializeAsync() => Task.CompletedTask;

    public override Task DisposeAsync()
    {
        _folder.Dispose();
        return Task.CompletedTask;
    }

    protected override IGroupSpaceLinks CreateLinks() => new SqliteGroupSpaceLinks(_folder.File("links.db"));
}
