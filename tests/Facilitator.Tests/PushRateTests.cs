using OffeneVersammlung.Facilitator.Tests.Privacy;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// A burst of votes reaches the room as the newest board within a push interval (50 ms), and the
/// facilitator's console, a row per participant, at most four times a second. The host's clock
/// stands still unless the test moves it, so each step happens exactly when the clock allows it.
/// </summary>
public sealed class PushRateTests
{
    private static readonly TimeSpan RoomInterval = TimeSpan.FromMilliseconds(50);
    private static readonly TimeSpan ConsoleInterval = TimeSpan.FromMilliseconds(250);

    [Fact]
    public async Task After_a_burst_phones_get_the_newest_board_one_room_interval_later_and_the_console_one_console_interval_later()
    {
        using var host = new FakeClockHost();
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var console = facilitator;
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");
        await SettleAsync(host, console, phone);

        // Both sides may send two at once; these two votes spend that.
        var cast = await phone.DoAsync("CastDot", Guid.NewGuid(), topic);
        await console.ConsoleAtAsync(cast.Version);
        await phone.BoardAtAsync(cast.Version);
        var removed = await phone.DoAsync("RemoveDot", Guid.NewGuid(), topic);
        await console.ConsoleAtAsync(removed.Version);
        await phone.BoardAtAsync(removed.Version);

        var last = await phone.DoAsync("CastDot", Guid.NewGuid(), topic);
        host.Clock.Advance(RoomInterval);
        await phone.BoardAtAsync(last.Version);
        Assert.Equal(removed.Version, console.Console.Version);

        host.Clock.Advance(ConsoleInterval - RoomInterval);
        Assert.Equal(last.Version, (await console.ConsoleAtAsync(last.Version)).Board.Version);
    }

    /// <summary>Moves the clock until every push of the setting up has arrived, then lets both budgets fill up.</summary>
    private static async Task SettleAsync(FakeClockHost host, FacilitatorDriver console, LiveClient phone)
    {
        var version = (await console.ViewAsync()).Board.Version;
        await Eventually.HoldsAsync(
            () =>
            {
                host.Clock.Advance(ConsoleInterval);
                return console.Console.Version >= version && phone.Board?.Version >= version;
            },
            () => $"pushes of the setting up did not arrive: console {console.Console.Version}, phone {phone.Board?.Version}, wanted {version}");
        host.Clock.Advance(TimeSpan.FromSeconds(1));
    }
}
