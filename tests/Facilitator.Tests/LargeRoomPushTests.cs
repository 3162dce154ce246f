using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Tests.Privacy;
using OffeneVersammlung.Facilitator.Updates;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// A hub phone (a real SignalR client) in a room of a thousand phones (decision 0023): its own dot shows with the
/// room's pace as before, the board comes at the phones' pace of four a second, the newest after a held interval,
/// and a phase change at once. The other 999 join through the host's own command path, as the door admits a phone;
/// the host's clock moves only when the test moves it.
/// </summary>
public sealed class LargeRoomPushTests
{
    private const int RoomSize = PhonePace.LargeRoom;

    [Fact]
    public async Task In_a_room_of_a_thousand_a_hub_phone_sees_its_own_dot_at_once_the_newest_board_after_the_phones_interval_and_a_phase_change_at_once()
    {
        using var host = new FakeClockHost();
        var (created, driver, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var facilitator = driver;
        await FillAsync(host, created.AssemblyId, RoomSize - 1);
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Amal");
        await SettleAsync(host, facilitator, phone);
        Assert.Equal(RoomSize, PhonePace.PhonesOf(phone.Board!));

        // A full bucket on both paces: the first two votes show at once, own view and board.
        var first = await phone.DoAsync("CastDot", Guid.NewGuid(), topic);
        await phone.OwnAtAsync(first.Version);
        await phone.BoardAtAsync(first.Version);
        var second = await phone.DoAsync("RemoveDot", Guid.NewGuid(), topic);
        await phone.OwnAtAsync(second.Version);
        await phone.BoardAtAsync(second.Version);

        // Both spent: the room's next send comes one room interval later and brings the own dot; the phones'
        // board waits until their bucket has refilled. A push of the same send would have arrived before it.
        var third = await phone.DoAsync("CastDot", Guid.NewGuid(), topic);
        host.Clock.Advance(PacedViews.RoomInterval);
        Assert.Equal(1, (await phone.OwnAtAsync(third.Version)).OwnDots[topic]);
        Assert.Equal(second.Version, phone.Board!.Version);

        host.Clock.Advance(PhonePace.IntervalFor(RoomSize)!.Value - PacedViews.RoomInterval);
        await phone.BoardAtAsync(third.Version);

        // The phones' bucket is empty again; the next step of the evening is not held.
        var step = BoardStep.Of(phone.Board!);
        var next = await facilitator.AdvanceAsync();
        Assert.NotEqual(step, BoardStep.Of(await phone.BoardAtAsync(next.Version)));
    }

    /// <summary>Joins phones through the host's command path, as the door's admission does; all accepted.</summary>
    private static async Task FillAsync(FakeClockHost host, Guid assemblyId, int count)
    {
        var assemblies = host.Services.GetRequiredService<LiveAssemblies>();
        var outcomes = await HangGuard.Within(Task.WhenAll(Enumerable.Range(1, count).Select(i =>
        {
            var participantId = Guid.NewGuid();
            return assemblies.ExecuteAsync(
                assemblyId,
                new JoinAssembly(Guid.NewGuid(), participantId, $"room-device-{i}", null, Presence.InRoom),
                Actor.Participant(participantId));
        })));
        Assert.All(outcomes, o => Assert.True(o.IsAccepted, $"join refused: {o.Refusal}"));
    }

    /// <summary>Moves the clock until the phone holds the newest board, then lets every budget fill up.</summary>
    private static async Task SettleAsync(FakeClockHost host, FacilitatorDriver facilitator, LiveClient phone)
    {
        var version = (await facilitator.ViewAsync()).Board.Version;
        await Eventually.HoldsAsync(
            () =>
            {
                host.Clock.Advance(PacedViews.ConsoleInterval);
                return phone.Board?.Version >= version;
            },
            () => $"the room's pushes did not arrive: phone at {phone.Board?.Version}, wanted {version}");
        host.Clock.Advance(TimeSpan.FromSeconds(1));
    }
}
