using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class LiveAssemblyServiceTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_screen_in_the_same_process_gets_every_update_until_it_unsubscribes()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await LiveClient.FacilitatorAsync(host, created);
        var service = host.Services.GetRequiredService<LiveAssemblies>();
        var updates = new List<AssemblyUpdate>();
        var subscription = service.Subscribe(created.AssemblyId, update =>
        {
            lock (updates)
            {
                updates.Add(update);
            }
        });

        var advanced = await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
        subscription.Dispose();
        await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);

        var update = Assert.Single(updates);
        Assert.Equal(advanced.Version, update.Version);
        Assert.Equal(Phase.Welcome, update.Board.Phase);
        Assert.Equal(Phase.Welcome, update.Facilitator.Board.Phase);
    }

    [Fact]
    public async Task A_hundred_simultaneous_dots_from_one_phone_on_ten_connections_use_exactly_the_budget()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await LiveClient.FacilitatorAsync(host, created);
        for (var i = 0; i < 3; i++)
        {
            await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
        }

        var topics = Enumerable.Range(1, 3).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var topic in topics)
        {
            await facilitator.DoAsync("AddPaperTopic", Guid.NewGuid(), topic, "Thema", null);
        }

        await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
        await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
        var first = await LiveClient.ParticipantAsync(host, created.JoinCode);
        var tabs = new List<LiveClient> { first };
        for (var i = 1; i < 10; i++)
        {
            var tab = await LiveClient.ConnectAsync(host);
            await tab.ResumeAsync(created.AssemblyId, first.DeviceToken!);
            tabs.Add(tab);
        }

        var results = await Task.WhenAll(tabs.SelectMany((tab, t) => Enumerable.Range(0, 10).Select(i => tab.InvokeAsync("CastDot", Guid.NewGuid(), topics[(t + i) % 3]))));

        Assert.Equal(TestTemplates.Full.Voting.DotsPerPerson, results.Count(r => r.Accepted));
        Assert.Equal(TestTemplates.Full.Voting.DotsPerPerson, (await facilitator.SnapshotAsync()).Facilitator!.DotsUsed);
        foreach (var tab in tabs)
        {
            await tab.DisposeAsync();
        }
    }

    [Fact]
    public async Task When_someone_else_wrote_to_the_stream_the_service_catches_up_and_decides_again()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await LiveClient.FacilitatorAsync(host, created);
        await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
        var repository = host.Services.GetRequiredService<AssemblyRepository>();
        var elsewhere = (await repository.LoadAsync(created.AssemblyId))!;
        var command = new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance);
        var now = DateTimeOffset.UtcNow;
        await repository.AppendAsync(created.AssemblyId, elsewhere.Version, elsewhere.Stamp(elsewhere.Decide(command, Actor.Facilitator, now), command.CommandId, now));

        var result = await facilitator.DoAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);

        var console = (await facilitator.SnapshotAsync()).Facilitator!;
        Assert.Equal(elsewhere.Version + 2, result.Version);
        Assert.Equal(Phase.TopicCollection, console.Board.Phase);
    }
}
