using System.Diagnostics.Metrics;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Hosting;
using OffeneVersammlung.Facilitator.Telemetry;
using OffeneVersammlung.Facilitator.Updates;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Updates;

/// <summary>
/// The pipeline in a room of ten thousand phones under a steady stream of votes (decision 0023): the projector
/// and each phone's own view take every room send, the phones' board comes at the phones' pace, newest last.
/// The in-process screens are the real <see cref="ScreenFeeds"/>; the clock moves only when the test moves it.
/// </summary>
public sealed class LargeRoomPipelineTests
{
    private const int Phones = 10_000;

    [Fact]
    public async Task The_projector_keeps_its_pace_in_a_large_room_while_a_phone_gets_its_own_view_at_once_and_the_board_at_the_phones_pace()
    {
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 12, 2, 19, 0, 0, TimeSpan.Zero));
        await using var services = new ServiceCollection().AddMetrics().BuildServiceProvider();
        using var telemetry = new HostTelemetry(
            services.GetRequiredService<IMeterFactory>(), Options.Create(new OffeneVersammlungOptions()), Options.Create(new JsonHubProtocolOptions()));
        var feeds = new ScreenFeeds(telemetry, NullLogger<ScreenFeeds>.Instance);
        var pipeline = new PacedViews(clock, [feeds], feeds, telemetry, NullLogger<PacedViews>.Instance);
        var (assemblyId, participantId) = (Guid.NewGuid(), Guid.NewGuid());
        var (projector, phoneBoards, phoneOwn) = (new Seen(), new Seen(), new Seen());
        using var wall = feeds.FollowRoom(assemblyId, board => projector.Add(board.Version));
        using var phone = feeds.FollowPhone(assemblyId, participantId, board => phoneBoards.Add(board.Version), own => phoneOwn.Add(own.Version));
        var board = Boards.OfNewAssembly() with { AssemblyId = assemblyId, Participants = new ParticipantCounts(Phones, Phones, 0, 0) };

        // Twenty votes a second for a second, each of them the phone's own dot: one room send each.
        const int Votes = 20;
        for (var version = 1; version <= Votes; version++)
        {
            var update = new PublicUpdate(assemblyId, version, board with { Version = version }, new Dictionary<Guid, OwnView> { [participantId] = Own(participantId, version) });
            pipeline.Publish(new AssemblyChange(assemblyId, version, new HashSet<Guid> { participantId }, _ => Task.FromResult<PublicUpdate?>(update), () => Task.FromResult<FacilitatorView?>(null)));
            await projector.AtAsync(version);
            clock.Advance(PacedViews.RoomInterval);
        }

        Assert.Equal(Enumerable.Range(1, Votes).Select(v => (long)v), projector.Versions);
        Assert.Equal(Enumerable.Range(1, Votes).Select(v => (long)v), phoneOwn.Versions);

        // Two at once from the phones' bucket; then the newest held goes out each time the bucket has refilled
        // (at 500 ms the board of 450 ms, at 1 s the last one): two a second, none dropped at the end.
        Assert.Equal([1L, 2L, 10L, 20L], phoneBoards.Versions);
        clock.Advance(TimeSpan.FromSeconds(5));
        Assert.Equal(4, phoneBoards.Versions.Count);
    }

    private static OwnView Own(Guid participantId, long version) =>
        new(version, participantId, "Amal", Presence.InRoom, Channel.Phone, null, null, [], new Dictionary<Guid, int>(), 3, null, null);

    /// <summary>The versions a screen was handed, in order.</summary>
    private sealed class Seen
    {
        private readonly Lock _lock = new();
        private readonly List<long> _versions = [];

        public IReadOnlyList<long> Versions
        {
            get
            {
                lock (_lock)
                {
                    return [.. _versions];
                }
            }
        }

        public void Add(long version)
        {
            lock (_lock)
            {
                _versions.Add(version);
            }
        }

        public Task AtAsync(long version) => Eventually.HoldsAsync(() => Versions.Contains(version), () => $"version {version} never reached the screen: {string.Join(", ", Versions)}");
    }
}
