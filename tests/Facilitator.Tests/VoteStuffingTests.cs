using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>One device, one budget, however it reloads or rejoins; what a device cannot prove, the facilitator's headcount shows.</summary>
public sealed class VoteStuffingTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_phone_that_spent_its_dots_gets_no_new_ones_by_rejoining_on_many_connections_at_once()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        var (topic, other) = await VotingOnTwoTopicsAsync(facilitator);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Ali");
        await phone.DoAsync("CastDot", Guid.NewGuid(), topic);
        await phone.DoAsync("CastDot", Guid.NewGuid(), topic);
        await phone.DoAsync("CastDot", Guid.NewGuid(), other);

        var tabs = await Task.WhenAll(Enumerable.Range(0, 10).Select(_ => LiveClient.ConnectAsync(host)));
        var rejoined = await Task.WhenAll(tabs.Select((tab, i) => i % 2 == 0
            ? tab.JoinAsync(created.JoinCode, "Zweitname", phone.DeviceToken)
            : tab.ResumeAsync(created.AssemblyId, phone.DeviceToken!)));
        var extra = await Task.WhenAll(tabs.Select(tab => tab.InvokeAsync("CastDot", Guid.NewGuid(), other)));

        Assert.All(rejoined, r => Assert.Equal(phone.ParticipantId, r.ParticipantId));
        Assert.All(extra, r => Assert.Equal(RefusalCode.NoDotsLeft, r.Refusal));
        var console = await facilitator.ViewAsync();
        Assert.Equal(1, console.DevicesJoined);
        Assert.Equal(3, console.DotsUsed);
        foreach (var tab in tabs)
        {
            await tab.DisposeAsync();
        }
    }

    [Fact]
    public async Task The_facilitator_sees_the_devices_that_joined_beside_the_people_counted_in_the_room()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await using var first = await LiveClient.ParticipantAsync(host, created.JoinCode);
        await using var second = await LiveClient.ParticipantAsync(host, created.JoinCode);
        await using var incognito = await LiveClient.ParticipantAsync(host, created.JoinCode); // the same person, without the token

        var counted = await facilitator.DoAsync(new RecordHeadcount(Guid.NewGuid(), 2));

        var console = await facilitator.ConsoleAtAsync(counted.Version);
        Assert.Equal(3, console.DevicesJoined);
        Assert.Equal(2, console.Headcount?.Count);
    }

    private static async Task<(Guid Topic, Guid Other)> VotingOnTwoTopicsAsync(FacilitatorDriver facilitator)
    {
        for (var i = 0; i < 3; i++)
        {
            await facilitator.AdvanceAsync();
        }

        var (topic, other) = (Guid.NewGuid(), Guid.NewGuid());
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), topic, "Spielplatz", null));
        await facilitator.DoAsync(new AddPaperTopic(Guid.NewGuid(), other, "Bänke", null));
        await facilitator.AdvanceAsync();
        await facilitator.AdvanceAsync();
        return (topic, other);
    }
}
