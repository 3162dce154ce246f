using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Tests.Storage;

/// <summary>What both access stores do: run for SQLite and PostgreSQL. <see cref="CreateStore"/> is another node's store on the same database.</summary>
public abstract class AccessStoreContract : IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 11, 22, 19, 30, 15, TimeSpan.FromHours(1));

    public abstract Task InitializeAsync();

    public abstract Task DisposeAsync();

    protected abstract IAccessStore CreateStore();

    [Fact]
    public async Task A_record_is_found_by_its_assembly_and_by_its_join_code_from_another_store()
    {
        var record = Record("K7P2M9QX");
        Assert.True(await CreateStore().TryAddAsync(record));

        var other = CreateStore();
        var byAssembly = await other.FindByAssemblyAsync(record.AssemblyId);
        var byCode = await other.FindByJoinCodeAsync("K7P2M9QX");

        Assert.Equal((record.AssemblyId, record.JoinCode, record.CreatedAt, record.CreatedAt.Offset), (byAssembly!.AssemblyId, byAssembly.JoinCode, byAssembly.CreatedAt, byAssembly.CreatedAt.Offset));
        Assert.Equal(record.FacilitatorSecretHash, byAssembly.FacilitatorSecretHash);
        Assert.Equal(record.ProjectorSecretHash, byCode!.ProjectorSecretHash);
        Assert.Null(await other.FindByJoinCodeAsync("NOSUCH22"));
        Assert.Null(await other.FindByAssemblyAsync(Guid.NewGuid()));
    }

    [Fact]
    public async Task A_join_code_taken_by_another_store_is_refused_so_the_caller_draws_again()
    {
        Assert.True(await CreateStore().TryAddAsync(Record("SAME2222")));

        Assert.False(await CreateStore().TryAddAsync(Record("SAME2222")));
    }

    [Fact]
    public async Task Of_two_stores_adding_the_same_join_code_at_once_exactly_one_wins()
    {
        var stores = new[] { CreateStore(), CreateStore() };
        var attempts = await Task.WhenAll(Enumerable.Range(0, 8).Select(i => Task.Run(() => stores[i % 2].TryAddAsync(Record("RACE3333")))));

        Assert.Equal(1, attempts.Count(won => won));
    }

    [Fact]
    public async Task A_deleted_record_is_gone_for_every_store_and_frees_its_join_code()
    {
        var record = Record("GONE4444");
        var store = CreateStore();
        await store.TryAddAsync(record);
        Assert.NotNull(await store.FindByJoinCodeAsync("GONE4444"));

        await store.DeleteAsync(record.AssemblyId);

        Assert.Null(await store.FindByJoinCodeAsync("GONE4444"));
        Assert.Null(await store.FindByAssemblyAsync(record.AssemblyId));
        Assert.Null(await CreateStore().FindByAssemblyAsync(record.AssemblyId));
        Assert.True(await CreateStore().TryAddAsync(Record("GONE4444")));
    }

    [Fact]
    public async Task The_ping_reaches_the_database() => await CreateStore().PingAsync();

    private static AccessRecord Record(string joinCode) =>
        new(Guid.NewGuid(), [.. Guid.NewGuid().ToByteArray(), 1, 2], [.. Guid.NewGuid().ToByteArray(), 3], joinCode, At);
}
