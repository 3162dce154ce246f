using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// The facilitator exists only in the host's process, as the console in the browser: admitted by the
/// assembly's secret link (<c>AssemblyApiTests</c> pins which secrets admit), sending through the command
/// path the phones' commands take, seeing the console's views from the pipeline that feeds the phones (decision 0012).
/// </summary>
public sealed class InProcessFacilitatorTests(HostFactory host) : IClassFixture<HostFactory>
{
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
