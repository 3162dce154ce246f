using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

public sealed class PostgresEventStoreContractTests : EventStoreContract
{
    private readonly PostgresNodes _database = new();

    public override Task InitializeAsync() => _database.CreateDatabaseAsync();

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await _database.DisposeAsync();
    }

    // Each writer on its own data source, as a second node would have.
    protected override IEventStore CreateWriter() => new PostgresEventStore(_database.Node());
}
