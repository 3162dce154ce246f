using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class LiveAssemblyServiceTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_screen_in_the_same_process_gets_the_views_the_hub_sends_until_it_stops_following()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        var console = InProcessScreen.Console(host, created.AssemblyId);
        var projector = InProcessScreen.Projector(host, created.AssemblyId);

        var advanced = await facilitator.AdvanceAsync();
        var shown = await console.AtAsync(advanced.Version);
        var board = await projector.AtAsync(advanced.Version);
        console.Dispose();
        projector.Dispose();
        var later = await facilitator.AdvanceAsync();

        // The screens are handed a view before the hub sends it: once the hub client has it, they would have too.
        await facilitator.ConsoleAtAsync(later.Version);
        Assert.Equal(Phase.Welcome, shown.Board.Phase);
        Assert.Equal(Phase.Welcome, board.Phase);
        Assert.Equal(advanced.Version, console.Version);
        Assert.Equal(advanced.Version, projector.Version);
    }

    [Fact]
    public async Task A_hundred_simultaneous_dots_from_one_phone_on_ten_connections_use_exactly_the_budget()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        for (var i = 0; i < 3; i++)
        {
            await facilitator.AdvanceAsync();
        }

        var topics = Enumerable.Range(1, 3).Select(_ => Guid.NewGuid()).ToArray();
        foreach (var topic in topics)
        {
            await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), topic, "Thema", null));
        }

        await facilitator.AdvanceAsync();
        await facilitator.AdvanceAsync();
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
        Assert.Equal(TestTemplates.Full.Voting.DotsPerPerson, (await facilitator.ViewAsync()).DotsUsed);
        foreach (var tab in tabs)
        {
            await tab.DisposeAsync();
        }
    }

    [Fact]
    public async Task When_someone_else_wrote_to_the_stream_the_service_catches_up_and_decides_again()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await facilitator.AdvanceAsync();
        var repository = host.Services.GetRequiredService<AssemblyRepository>();
        var elsewhere = (await repository.LoadAsync(created.AssemblyId))!;
        var command = new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance);
        var now = DateTimeOffset.UtcNow;
        await repository.AppendAsync(created.AssemblyId, elsewhere.Version, elsewhere.Stamp(elsewhere.Decide(command, Actor.Facilitator, now), command.CommandId, now));

        var result = await facilitator.AdvanceAsync();

        var console = await facilitator.ViewAsync();
        Assert.Equal(elsewhere.Version + 2, result.Version);
        Assert.Equal(Phase.TopicCollection, console.Board.Phase);
    }
}
