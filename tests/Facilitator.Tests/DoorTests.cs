using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class DoorTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_closed_door_refuses_a_new_phone_and_lets_a_phone_that_was_in_back_in()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        var inside = await LiveClient.ParticipantAsync(host, created.JoinCode, "Ayşe");
        var token = inside.DeviceToken!;
        await inside.DisposeAsync();

        await facilitator.DoAsync(new SetDoor(Guid.NewGuid(), Door.Closed));

        await using var newcomer = await LiveClient.ConnectAsync(host);
        var refused = await newcomer.JoinAsync(created.JoinCode, "Bernd");
        Assert.False(refused.Accepted);
        Assert.Equal(RefusalCode.DoorClosed, refused.Refusal);
        Assert.Null(refused.DeviceToken);

        await using var reloaded = await LiveClient.ConnectAsync(host);
        var resumed = await reloaded.ResumeAsync(created.AssemblyId, token);
        Assert.True(resumed.Accepted);
        await using var rejoined = await LiveClient.ConnectAsync(host);
        Assert.True((await rejoined.JoinAsync(created.JoinCode, null, token)).Accepted);
        Assert.Equal(1, (await facilitator.ViewAsync()).DevicesJoined);
    }

    [Fact]
    public async Task A_knocking_phone_waits_and_is_in_once_the_facilitator_lets_it_in()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await facilitator.DoAsync(new SetDoor(Guid.NewGuid(), Door.ByApproval));

        await using var phone = await LiveClient.ConnectAsync(host);
        var knocked = await phone.JoinAsync(created.JoinCode, "Spätkommer");
        Assert.False(knocked.Accepted);
        Assert.Equal(RefusalCode.WaitingAtDoor, knocked.Refusal);
        var token = knocked.DeviceToken!;
        Assert.Equal(RefusalCode.WaitingAtDoor, (await phone.JoinAsync(created.JoinCode, "Spätkommer", token)).Refusal);

        var knock = Assert.Single((await facilitator.ViewAsync()).Knocks);
        Assert.Equal("Spätkommer", knock.Pseudonym);
        await facilitator.DoAsync(new AdmitKnocker(Guid.NewGuid(), knock.ParticipantId));

        var joined = await phone.JoinAsync(created.JoinCode, "Spätkommer", token);
        Assert.True(joined.Accepted);
        Assert.Equal(knock.ParticipantId, joined.ParticipantId);
        Assert.Equal("Spätkommer", joined.Snapshot!.Own.Pseudonym);
        Assert.Empty((await facilitator.ViewAsync()).Knocks);
    }

    [Fact]
    public async Task A_turned_away_phone_is_told_so_when_it_asks_again()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await facilitator.DoAsync(new SetDoor(Guid.NewGuid(), Door.ByApproval));
        await using var phone = await LiveClient.ConnectAsync(host);
        var token = (await phone.JoinAsync(created.JoinCode, null)).DeviceToken!;
        var knock = Assert.Single((await facilitator.ViewAsync()).Knocks);

        await facilitator.DoAsync(new TurnAwayKnocker(Guid.NewGuid(), knock.ParticipantId));

        var again = await phone.JoinAsync(created.JoinCode, null, token);
        Assert.False(again.Accepted);
        Assert.Equal(RefusalCode.TurnedAwayAtDoor, again.Refusal);
    }

    [Fact]
    public async Task Only_the_facilitator_sets_the_door()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Ayşe");
        var asPhone = ConnectionBinding.Participant(created.AssemblyId, phone.ParticipantId);

        var refused = await host.Services.GetRequiredService<AssemblyCommands>().AsFacilitatorAsync(asPhone, new SetDoor(Guid.NewGuid(), Door.Closed));

        Assert.False(refused.Accepted);
        Assert.Equal(RefusalCode.NotAllowedForRole, refused.Refusal);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        Assert.Equal(Door.Open, (await facilitator.ViewAsync()).Door);
    }
}
