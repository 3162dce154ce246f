using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class SqliteEventStoreContractTests : EventStoreContract
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "ov-tests-" + Guid.NewGuid().ToString("N"));

    public override Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        return Task.CompletedTask;
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    protected override IEventStore CreateWriter() => new SqliteEventStore(Path.Combine(_folder, "events.db"));
}
