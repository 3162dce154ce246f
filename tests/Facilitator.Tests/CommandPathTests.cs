using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Facilitator.Screens;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// One command path: the console in the browser sends through the hub's application service
/// (<see cref="AssemblyCommands"/>), so the same role rule, id rule and answer hold for both (decision 0012).
/// </summary>
public sealed class CommandPathTests(HostFactory host) : IClassFixture<HostFactory>
{
    private AssemblyCommands Commands => host.Services.GetRequiredService<AssemblyCommands>();

    [Fact]
    public async Task The_console_sends_as_the_facilitator_its_link_admitted_and_the_hub_sees_the_change()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var hubConsole = await LiveClient.FacilitatorAsync(host, created);
        var console = new ConsoleCommands(created.AssemblyId, () => ConnectionBinding.Facilitator(created.AssemblyId), Commands, () => { });

        Assert.True(await console.SendAsync(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)));

        Assert.Equal(Phase.Welcome, (await hubConsole.SnapshotAsync()).Facilitator!.Board.Phase);
        Assert.Null(console.LastRefusal);
    }

    [Fact]
    public async Task A_console_its_link_has_not_admitted_sends_nothing()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var hubConsole = await LiveClient.FacilitatorAsync(host, created);
        var before = (await hubConsole.SnapshotAsync()).Version;
        var console = new ConsoleCommands(created.AssemblyId, () => null, Commands, () => { });

        Assert.False(await console.SendAsync(new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance)));

        Assert.Equal(RefusalCode.NotAllowedForRole, console.LastRefusal);
        Assert.Equal(before, (await hubConsole.SnapshotAsync()).Version);
    }

    [Fact]
    public async Task The_hub_and_the_console_get_the_same_answer_to_a_command_without_its_id_and_to_the_wrong_role()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var hubConsole = await LiveClient.FacilitatorAsync(host, created);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");
        var facilitator = ConnectionBinding.Facilitator(created.AssemblyId);
        var participant = ConnectionBinding.Participant(created.AssemblyId, phone.ParticipantId);

        var overHub = await hubConsole.InvokeAsync("ChangePhase", Guid.Empty, PhaseTrigger.Advance);
        var inProcess = await Commands.AsFacilitatorAsync(facilitator, new ChangePhase(Guid.Empty, PhaseTrigger.Advance));
        var phoneOverHub = await phone.InvokeAsync("ChangePhase", Guid.NewGuid(), PhaseTrigger.Advance);
        var phoneInProcess = await Commands.AsFacilitatorAsync(participant, new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance));

        Assert.Equal((false, RefusalCode.ValueOutOfRange, HostRefusal.CommandIdRequired), (overHub.Accepted, overHub.Refusal, overHub.Host));
        Assert.Equal(overHub, inProcess);
        Assert.Equal((false, RefusalCode.NotAllowedForRole, HostRefusal.WrongRole), (phoneOverHub.Accepted, phoneOverHub.Refusal, phoneOverHub.Host));
        Assert.Equal(phoneOverHub, phoneInProcess);
    }
}
