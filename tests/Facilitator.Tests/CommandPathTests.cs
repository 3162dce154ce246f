using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Facilitator.Screens;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// One command path: the console in the browser sends through the hub's application service
/// (<see cref="AssemblyCommands"/>), so the same role rule, id rule and answer hold for both (decision 0012).
/// The hub has no facilitator's methods: a phone's connection can only be a phone.
/// </summary>
public sealed class CommandPathTests(HostFactory host) : IClassFixture<HostFactory>
{
    private AssemblyCommands Commands => host.Services.GetRequiredService<AssemblyCommands>();

    [Fact]
    public async Task The_console_sends_as_the_facilitator_its_link_admitted_and_the_phones_see_the_change()
    {
        var created = await AssemblyApi.CreateAsync(host);
        var admitted = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, created.FacilitatorSecret);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");
        var console = new ConsoleCommands(created.AssemblyId, () => admitted.Binding, Commands, () => { });

        Assert.True(await console.SendAsync(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)));

        Assert.Equal(Phase.Welcome, (await phone.SnapshotAsync()).Participant!.Board.Phase);
        Assert.Null(console.LastRefusal);
    }

    [Fact]
    public async Task A_console_its_link_has_not_admitted_sends_nothing()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        var before = (await facilitator.ViewAsync()).Board.Version;
        var console = new ConsoleCommands(created.AssemblyId, () => null, Commands, () => { });

        Assert.False(await console.SendAsync(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)));

        Assert.Equal(RefusalCode.NotAllowedForRole, console.LastRefusal);
        Assert.Equal(before, (await facilitator.ViewAsync()).Board.Version);
    }

    [Fact]
    public async Task The_hub_and_the_console_get_the_same_answer_to_a_command_without_its_id_and_a_phone_is_refused_as_facilitator()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");
        var participant = ConnectionBinding.Participant(created.AssemblyId, phone.ParticipantId);

        var overHub = await phone.InvokeAsync(nameof(IParticipantHub.CheckIn), Guid.Empty, Mood.Good, "Hallo");
        var inProcess = await facilitator.SendAsync(new ChangePhase(Guid.Empty, PhaseTrigger.Advance));
        var phoneAsFacilitator = await Commands.AsFacilitatorAsync(participant, new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance));

        Assert.Equal((false, RefusalCode.ValueOutOfRange, HostRefusal.CommandIdRequired), (overHub.Accepted, overHub.Refusal, overHub.Host));
        Assert.Equal(overHub, inProcess);
        Assert.Equal((false, RefusalCode.NotAllowedForRole, HostRefusal.WrongRole), (phoneAsFacilitator.Accepted, phoneAsFacilitator.Refusal, phoneAsFacilitator.Host));
    }

    [Fact]
    public async Task A_phone_that_calls_a_facilitators_command_on_the_hub_finds_no_such_method_and_changes_nothing()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");
        var before = (await facilitator.ViewAsync()).Board.Version;

        // By name, as a modified phone would send it: the contract has no such method to name.
        await Assert.ThrowsAsync<HubException>(() => phone.InvokeAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance));
        await Assert.ThrowsAsync<HubException>(() => phone.InvokeAsync("ConnectFacilitator", created.AssemblyId, created.FacilitatorSecret));

        Assert.Equal(before, (await facilitator.ViewAsync()).Board.Version);
        Assert.Equal(Phase.Lobby, (await phone.SnapshotAsync()).Participant!.Board.Phase);
    }

    [Fact]
    public void The_hub_offers_exactly_the_phones_methods()
    {
        var offered = typeof(Hubs.AssemblyHub).GetMethods(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Instance | System.Reflection.BindingFlags.DeclaredOnly)
            .Select(m => m.Name).Order();

        Assert.Equal(typeof(IParticipantHub).GetMethods().Select(m => m.Name).Order(), offered);
    }
}
