using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Privacy;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Privacy;
using OffeneVersammlung.Facilitator.Updates;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Privacy;

public sealed class RetentionSweeperTests
{
    [Fact]
    public async Task The_sweep_deletes_each_assembly_once_its_own_retention_days_have_passed_since_its_last_event()
    {
        using var host = new FakeClockHost();
        var byDefault = await OpenAsync(host, retentionDays: null);
        var short10 = await OpenAsync(host, retentionDays: 10);
        var long200 = await OpenAsync(host, retentionDays: 200);
        var sweeper = host.Services.GetRequiredService<RetentionSweeper>();

        host.Clock.Advance(TimeSpan.FromDays(10) - TimeSpan.FromMinutes(1));
        await sweeper.SweepAsync();
        Assert.All(new[] { byDefault, short10, long200 }, id => Assert.NotEmpty(DatabaseRows.Mentioning(host.DatabasePath, id)));

        host.Clock.Advance(TimeSpan.FromMinutes(1));
        await sweeper.SweepAsync();
        Assert.Empty(DatabaseRows.Mentioning(host.DatabasePath, short10));
        Assert.NotEmpty(DatabaseRows.Mentioning(host.DatabasePath, byDefault));

        host.Clock.Advance(TimeSpan.FromDays(80));
        await sweeper.SweepAsync();
        Assert.Empty(DatabaseRows.Mentioning(host.DatabasePath, byDefault));
        Assert.NotEmpty(DatabaseRows.Mentioning(host.DatabasePath, long200));
        Assert.Null(await host.Services.GetRequiredService<IAccessStore>().FindByAssemblyAsync(byDefault));
    }

    [Fact]
    public async Task A_late_event_restarts_the_count()
    {
        using var host = new FakeClockHost();
        var assembly = await OpenAsync(host, retentionDays: 5);
        var sweeper = host.Services.GetRequiredService<RetentionSweeper>();

        host.Clock.Advance(TimeSpan.FromDays(4));
        await host.Services.GetRequiredService<LiveAssemblies>().ExecuteAsync(assembly, new SetRetention(Guid.NewGuid(), 5), Actor.Facilitator);
        host.Clock.Advance(TimeSpan.FromDays(4));
        await sweeper.SweepAsync();

        Assert.NotEmpty(DatabaseRows.Mentioning(host.DatabasePath, assembly));
    }

    [Fact]
    public async Task The_host_sweeps_by_itself_every_interval_of_its_clock_and_screens_are_told()
    {
        using var host = new FakeClockHost();
        var assembly = await OpenAsync(host, retentionDays: 1);
        var deleted = new TaskCompletionSource<AssemblyDeleted>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = host.Services.GetRequiredService<ScreenFeeds>().FollowConsole(assembly, _ => { }, d => deleted.TrySetResult(d));

        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(1));

        Assert.Equal(assembly, (await HangGuard.Within(deleted.Task)).AssemblyId);
        Assert.Empty(DatabaseRows.Mentioning(host.DatabasePath, assembly));
    }

    [Fact]
    public async Task The_first_sweep_waits_its_time_after_start_so_a_restart_first_serves_its_requests()
    {
        using var host = new FakeClockHost(firstSweepAfter: TimeSpan.FromDays(2));
        var assembly = await OpenAsync(host, retentionDays: 1);
        var deleted = new TaskCompletionSource<AssemblyDeleted>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var subscription = host.Services.GetRequiredService<ScreenFeeds>().FollowConsole(assembly, _ => { }, d => deleted.TrySetResult(d));

        host.Clock.Advance(TimeSpan.FromDays(1) + TimeSpan.FromHours(2));
        // A sweep due now would delete within milliseconds; half a second of the real clock shows none ran.
        await Task.WhenAny(deleted.Task, Task.Delay(TimeSpan.FromMilliseconds(500), TimeProvider.System));

        Assert.False(deleted.Task.IsCompleted);
        Assert.NotEmpty(DatabaseRows.Mentioning(host.DatabasePath, assembly));
        host.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Equal(assembly, (await HangGuard.Within(deleted.Task)).AssemblyId);
    }

    private static async Task<Guid> OpenAsync(FakeClockHost host, int? retentionDays)
    {
        var opened = await host.Services.GetRequiredService<AssemblyOpening>()
            .OpenAsync(TestTemplates.Full, "Kiez", null, null, AssemblyFormat.InRoom);
        Assert.True(opened.IsOpened);
        if (retentionDays is { } days)
        {
            var set = await host.Services.GetRequiredService<LiveAssemblies>()
                .ExecuteAsync(opened.AssemblyId, new SetRetention(Guid.NewGuid(), days), Actor.Facilitator);
            Assert.True(set.IsAccepted);
        }

        return opened.AssemblyId;
    }
}
