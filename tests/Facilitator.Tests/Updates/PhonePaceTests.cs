using Microsoft.Extensions.Time.Testing;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Facilitator.Updates;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Updates;

/// <summary>
/// The phones' share of the room's boards (decision 0023): every room send in a small room, at most four a
/// second from a thousand phones, two from five thousand; a quiet room's vote at once, the newest board always
/// in the end, and a board of the next step never held. The clock moves only when the test moves it.
/// </summary>
public sealed class PhonePaceTests
{
    private static readonly TimeSpan RoomInterval = TimeSpan.FromMilliseconds(50);
    private readonly FakeTimeProvider _clock = new(new DateTimeOffset(2026, 12, 2, 19, 0, 0, TimeSpan.Zero));
    private readonly List<PublicBoard> _sent = [];
    private readonly PublicBoard _board = Boards.OfNewAssembly();

    [Fact]
    public void A_room_of_ten_thousand_gets_at_most_two_boards_a_second_on_phones()
    {
        using var pace = Pace();

        OfferEveryRoomInterval(pace, phones: 10_000, seconds: 10);

        // Two at once from the full bucket, then two a second.
        Assert.InRange(_sent.Count, 20, 2 + 20);
        Assert.Equal(Versions(10), _sent[^1].Version);
    }

    [Fact]
    public void A_room_of_a_thousand_gets_at_most_four_boards_a_second_on_phones()
    {
        using var pace = Pace();

        OfferEveryRoomInterval(pace, phones: 1_000, seconds: 10);

        Assert.InRange(_sent.Count, 40, 2 + 40);
        Assert.Equal(Versions(10), _sent[^1].Version);
    }

    [Fact]
    public void Phones_in_a_room_below_a_thousand_get_every_board_at_once()
    {
        using var pace = Pace();

        for (var version = 1; version <= 50; version++)
        {
            pace.Offer(Board(version, phones: 999));
        }

        Assert.Equal(Enumerable.Range(1, 50).Select(v => (long)v), _sent.Select(b => b.Version));
    }

    [Fact]
    public void Participants_on_paper_do_not_make_the_room_large()
    {
        using var pace = Pace();

        for (var version = 1; version <= 10; version++)
        {
            pace.Offer(Board(version, phones: 10) with { Participants = new ParticipantCounts(9_010, 8, 2, 9_000) });
        }

        Assert.Equal(10, _sent.Count);
    }

    [Fact]
    public void A_single_vote_in_a_quiet_large_room_goes_out_at_once()
    {
        using var pace = Pace();
        OfferEveryRoomInterval(pace, phones: 10_000, seconds: 2);
        _clock.Advance(TimeSpan.FromSeconds(5));
        _sent.Clear();

        pace.Offer(Board(1_000, phones: 10_000));

        Assert.Equal(1_000, Assert.Single(_sent).Version);
    }

    [Fact]
    public void The_newest_board_goes_out_after_a_held_interval()
    {
        using var pace = Pace();
        pace.Offer(Board(1, phones: 10_000));
        pace.Offer(Board(2, phones: 10_000));

        // The bucket is spent: these wait, each replacing the one before.
        pace.Offer(Board(3, phones: 10_000));
        pace.Offer(Board(4, phones: 10_000));
        pace.Offer(Board(5, phones: 10_000));
        _clock.Advance(TimeSpan.FromMilliseconds(499));
        Assert.Equal([1L, 2L], _sent.Select(b => b.Version));

        _clock.Advance(TimeSpan.FromMilliseconds(1));
        Assert.Equal([1L, 2L, 5L], _sent.Select(b => b.Version));

        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(3, _sent.Count);
    }

    [Fact]
    public void A_phase_change_or_the_reveal_is_never_held()
    {
        using var pace = Pace();
        pace.Offer(Board(1, phones: 10_000));
        pace.Offer(Board(2, phones: 10_000));
        pace.Offer(Board(3, phones: 10_000));

        var revealed = Board(4, phones: 10_000) with { Voting = _board.Voting with { IsRevealed = true } };
        pace.Offer(revealed);
        var results = Board(5, phones: 10_000) with { Phase = Phase.Results };
        pace.Offer(results);

        Assert.Equal([1L, 2L, 4L, 5L], _sent.Select(b => b.Version));
        _clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(4, _sent.Count);
    }

    [Fact]
    public void A_closed_pace_sends_nothing_it_held()
    {
        var pace = Pace();
        pace.Offer(Board(1, phones: 10_000));
        pace.Offer(Board(2, phones: 10_000));
        pace.Offer(Board(3, phones: 10_000));

        pace.Dispose();
        _clock.Advance(TimeSpan.FromSeconds(5));
        pace.Offer(Board(4, phones: 10_000));

        Assert.Equal([1L, 2L], _sent.Select(b => b.Version));
    }

    private PhonePace Pace() => new(_clock, _sent.Add);

    private PublicBoard Board(long version, int phones) =>
        _board with { Version = version, Participants = new ParticipantCounts(phones, phones, 0, 0) };

    private static long Versions(int seconds) => (long)(seconds * TimeSpan.FromSeconds(1) / RoomInterval);

    /// <summary>A room send every 50 ms, as the room's own pace gives them under a steady stream of votes; then one held interval.</summary>
    private void OfferEveryRoomInterval(PhonePace pace, int phones, int seconds)
    {
        for (var version = 1; version <= Versions(seconds); version++)
        {
            pace.Offer(Board(version, phones));
            _clock.Advance(RoomInterval);
        }

        _clock.Advance(TimeSpan.FromSeconds(1));
    }
}

/// <summary>Real boards of the engine, for tests of what the host does with them.</summary>
internal static class Boards
{
    public static PublicBoard OfNewAssembly()
    {
        var assembly = new OpenAssembly();
        var now = DateTimeOffset.UnixEpoch;
        assembly.Execute(new CreateAssembly(Guid.NewGuid(), Guid.NewGuid(), "Kiez", null, null, AssemblyFormat.InRoom, TestTemplates.Full), Actor.Facilitator, now);
        return assembly.PublicBoard(now);
    }
}
