using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Tests.Support;

namespace OffeneVersammlung.Engine.Tests.Storage;

public class AssemblyRepositoryTests : IDisposable
{
    private readonly TempDatabase _database = new();

    public void Dispose() => _database.Dispose();

    [Fact]
    public async Task An_assembly_loaded_from_its_file_is_the_assembly_that_was_stored()
    {
        var driver = WholeAssembly.Run(participants: 5);
        using (var store = new SqliteEventStore(_database.Path))
        {
            await new AssemblyRepository(store).AppendAsync(driver.AssemblyId, 0, driver.History);
        }

        using var reopened = new SqliteEventStore(_database.Path);
        var repository = new AssemblyRepository(reopened);
        var loaded = await repository.LoadAsync(driver.AssemblyId);

        Assert.Equal(ViewJson.AllViews(driver.Assembly, driver.Now), ViewJson.AllViews(loaded!, driver.Now));
        Assert.Equal([driver.AssemblyId], await repository.ListAsync());
    }

    [Fact]
    public async Task An_unknown_assembly_loads_as_nothing_and_a_deleted_one_is_gone()
    {
        var driver = WholeAssembly.Run(participants: 1);
        using var store = new SqliteEventStore(_database.Path);
        var repository = new AssemblyRepository(store);
        await repository.AppendAsync(driver.AssemblyId, 0, driver.History);

        await repository.DeleteAsync(driver.AssemblyId);

        Assert.Null(await repository.LoadAsync(driver.AssemblyId));
        Assert.Null(await repository.LoadAsync(Guid.NewGuid()));
        Assert.Empty(await repository.ListAsync());
    }
}
