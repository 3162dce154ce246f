using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// The facilitator exists only in the host's process, as the console in the browser: admitted by the
/// assembly's secret link, sending through the command path the phones' commands take, seeing the
/// console's views from the pipeline that feeds the phones (decision 0012).
/// </summary>
public sealed class InProcessFacilitatorTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task Only_the_assemblys_own_facilitator_secret_admits_the_in_process_facilitator()
    {
        var created = await AssemblyApi.CreateAsync(host);
        var other = await AssemblyApi.CreateAsync(host);

        var own = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, created.FacilitatorSecret);
        var wrong = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, "falsch-falsch-falsch-falsch");
        var none = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, null);
        var otherAssemblys = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, other.FacilitatorSecret);
        var projectors = await FacilitatorDriver.AdmitAsync(host, created.AssemblyId, created.ProjectorSecret);

        Assert.Equal((ConnectionRole.Facilitator, created.AssemblyId), (own.Binding?.Role, own.Binding?.AssemblyId));
        Assert.All(
            [wrong, none, otherAssemblys, projectors],
            refused => Assert.Equal((null, RefusalCode.NotAllowedForRole, HostRefusal.InvalidSecret), (refused.Binding, refused.Refusal, refused.Detail)));
    }

    [Fact]
    public async Task What_the_in_process_facilitator_sends_reaches_the_phones_and_its_own_console()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var facilitator = await FacilitatorDriver.ConnectAsync(host, created);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");

        var moved = await facilitator.AdvanceAsync();

        Assert.Equal(Phase.Welcome, (await phone.BoardAtAsync(moved.Version)).Phase);
        Assert.Equal(Phase.Welcome, (await facilitator.ConsoleAtAsync(moved.Version)).Board.Phase);
        Assert.Equal(moved.Version, (await facilitator.ViewAsync()).Board.Version);
    }
}
