using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Facilitator.Hubs;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// The host's real limits (a burst of 20 calls, then 10 a second per connection; 30 wrong join codes
/// per address for these tests) on a clock that only moves when the test moves it.
/// </summary>
public sealed class ThrottlingTests
{
    private const int Burst = 20;
    private const int FailedJoinsPerAddress = 30;

    [Fact]
    public async Task A_flooding_connection_is_throttled_while_another_participant_is_still_heard()
    {
        using var host = new LimitedHost();
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;
        await using var flooder = await LiveClient.ParticipantAsync(host, created.JoinCode, "Flut");
        await using var neighbour = await LiveClient.ParticipantAsync(host, created.JoinCode, "Nachbarin");

        var flood = await Task.WhenAll(Enumerable.Range(0, 300).Select(_ => flooder.InvokeAsync("CastDot", Guid.NewGuid(), topic)));
        var heard = await neighbour.InvokeAsync("CastDot", Guid.NewGuid(), topic);

        var throttled = flood.Where(r => r.Refusal == RefusalCode.TooManyRequests).ToList();
        var passed = flood.Where(r => r.Refusal != RefusalCode.TooManyRequests).ToList();
        Assert.True(heard.Accepted, $"{heard.Refusal} {heard.Detail}");
        Assert.True(passed.Count < Burst, $"{passed.Count} calls passed");
        Assert.True(throttled.Count > 300 - Burst, $"{throttled.Count} calls throttled");
        Assert.All(throttled, r => Assert.Equal(HostRefusal.Throttled, r.Host));
        var console = await facilitator.ViewAsync();
        Assert.Equal(passed.Count(r => r.Accepted) + 1, console.DotsUsed);
        Assert.Equal(heard.Version, console.Board.Version);
    }

    [Fact]
    public async Task A_throttled_connection_is_heard_again_once_it_slows_down()
    {
        using var host = new LimitedHost();
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode);
        var dot = Guid.NewGuid();
        await phone.DoAsync("CastDot", dot, topic);
        CommandResult last;
        do
        {
            last = await phone.InvokeAsync("RemoveDot", Guid.NewGuid(), Guid.NewGuid());
        }
        while (last.Refusal != RefusalCode.TooManyRequests);

        host.Clock.Advance(TimeSpan.FromSeconds(1));
        var later = await phone.InvokeAsync("RemoveDot", Guid.NewGuid(), topic);

        Assert.True(later.Accepted, $"{later.Refusal} {later.Detail}");
    }

    [Fact]
    public async Task Guessing_join_codes_from_one_address_is_stopped_across_connections_for_a_while()
    {
        using var host = new LimitedHost();
        var created = await AssemblyApi.CreateAsync(host);
        for (var connection = 0; connection < FailedJoinsPerAddress / 10; connection++)
        {
            await using var scanner = await LiveClient.ConnectAsync(host);
            for (var guess = 0; guess < 10; guess++)
            {
                Assert.Equal(HostRefusal.UnknownJoinCode, (await scanner.JoinAsync("ZZZZZZZZ", null)).Host);
            }
        }

        await using var next = await LiveClient.ConnectAsync(host);
        var blocked = await next.JoinAsync(created.JoinCode, null);
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        var afterTheWindow = await next.JoinAsync(created.JoinCode, null);

        Assert.Equal((false, RefusalCode.TooManyRequests, HostRefusal.TooManyAttempts), (blocked.Accepted, blocked.Refusal, blocked.Host));
        Assert.True(afterTheWindow.Accepted, $"{afterTheWindow.Refusal} {afterTheWindow.Detail}");
    }

    [Fact]
    public async Task A_whole_room_joining_from_one_address_is_never_stopped()
    {
        using var host = new LimitedHost();
        var created = await AssemblyApi.CreateAsync(host);
        await using var typo = await LiveClient.ConnectAsync(host);
        for (var i = 0; i < 5; i++)
        {
            await typo.JoinAsync("ZZZZZZZZ", null);
        }

        for (var neighbour = 0; neighbour < FailedJoinsPerAddress * 2; neighbour++)
        {
            await using var phone = await LiveClient.ConnectAsync(host);
            var joined = await phone.JoinAsync(created.JoinCode, null);
            Assert.True(joined.Accepted, $"neighbour {neighbour}: {joined.Refusal} {joined.Detail}");
        }
    }

    [Fact]
    public async Task A_room_of_sixty_phones_joins_from_the_guessers_address_while_the_guesser_keeps_guessing()
    {
        using var host = new LimitedHost();
        var created = await AssemblyApi.CreateAsync(host);
        await using var first = await LiveClient.ParticipantAsync(host, created.JoinCode);
        var guesser = new Guesser(host);
        await guesser.GuessAsync(FailedJoinsPerAddress);

        using var stop = new CancellationTokenSource();
        var flood = guesser.GuessUntilAsync(stop.Token);
        var joined = new List<JoinResult>();
        for (var neighbour = 0; neighbour < 60; neighbour++)
        {
            await using var phone = await LiveClient.ConnectAsync(host);
            joined.Add(await phone.JoinAsync(created.JoinCode, null));
        }

        await stop.CancelAsync();
        await flood;
        Assert.All(joined, j => Assert.True(j.Accepted, $"{j.Refusal} {j.Detail}"));
        Assert.True(guesser.Refused > 0, "the guesser kept guessing");
        Assert.Equal(FailedJoinsPerAddress, guesser.LookedUp);
    }

    [Fact]
    public async Task Once_one_phone_joined_the_rest_of_the_room_follows_past_a_blocked_address()
    {
        using var host = new LimitedHost();
        var created = await AssemblyApi.CreateAsync(host);
        await using var first = await LiveClient.ParticipantAsync(host, created.JoinCode);
        await new Guesser(host).GuessAsync(FailedJoinsPerAddress * 2);

        await using var second = await LiveClient.ConnectAsync(host);
        var joined = await second.JoinAsync(created.JoinCode, null);

        Assert.True(joined.Accepted, $"{joined.Refusal} {joined.Detail}");
    }

    [Fact]
    public async Task A_blocked_address_learns_nothing_from_a_live_code_it_has_not_proven_to_know()
    {
        using var host = new LimitedHost();
        var other = await AssemblyApi.CreateAsync(host);
        await new Guesser(host).GuessAsync(FailedJoinsPerAddress);

        await using var scanner = await LiveClient.ConnectAsync(host);
        var live = await scanner.JoinAsync(other.JoinCode, null);
        var dead = await scanner.JoinAsync("ZZZZZZZZ", null);

        Assert.Equal((false, RefusalCode.TooManyRequests, HostRefusal.TooManyAttempts), (live.Accepted, live.Refusal, live.Host));
        Assert.Equal((live.Accepted, live.Refusal, live.Host), (dead.Accepted, dead.Refusal, dead.Host));
    }

    [Fact]
    public async Task Guesses_are_looked_up_at_the_windows_rate_and_no_faster()
    {
        using var host = new LimitedHost();
        var guesser = new Guesser(host);

        await guesser.GuessAsync(FailedJoinsPerAddress * 3);
        var firstWindow = guesser.LookedUp;
        host.Clock.Advance(TimeSpan.FromMinutes(10));
        await guesser.GuessAsync(FailedJoinsPerAddress * 3);

        Assert.Equal(FailedJoinsPerAddress, firstWindow);
        Assert.Equal(FailedJoinsPerAddress * 2, guesser.LookedUp);
        Assert.Equal(FailedJoinsPerAddress * 4, guesser.Refused);
    }

    /// <summary>A scanner that opens a new connection for every ten codes, as a connection's own limit would stop it otherwise.</summary>
    private sealed class Guesser(HostFactory host)
    {
        private int _sent;

        public int LookedUp { get; private set; }

        public int Refused { get; private set; }

        public async Task GuessAsync(int guesses)
        {
            for (var i = 0; i < guesses; i += 10)
            {
                await using var connection = await LiveClient.ConnectAsync(host);
                for (var j = i; j < Math.Min(guesses, i + 10); j++)
                {
                    Count(await connection.JoinAsync(NextCode(), null));
                }
            }
        }

        public async Task GuessUntilAsync(CancellationToken stop)
        {
            while (!stop.IsCancellationRequested)
            {
                await GuessAsync(10);
            }
        }

        private void Count(JoinResult result)
        {
            Assert.False(result.Accepted);
            if (result.Host == HostRefusal.UnknownJoinCode)
            {
                LookedUp++;
            }
            else
            {
                Assert.Equal(HostRefusal.TooManyAttempts, result.Host);
                Refused++;
            }
        }

        // Codes from the alphabet that no test assembly holds (each test's codes are random; a clash is 1 in 30^8).
        private string NextCode()
        {
            var n = _sent++;
            return new string(Enumerable.Range(0, JoinCode.Length).Select(k => JoinCode.Alphabet[(n / (int)Math.Pow(30, k % 4)) % 30]).ToArray());
        }
    }

    /// <summary>The shipped rate limits, a small per-address limit, and a clock the test moves.</summary>
    private sealed class LimitedHost : HostFactory
    {
        public FakeTimeProvider Clock { get; } = new(DateTimeOffset.Parse("2026-05-20T18:00:00+02:00"));

        protected override void ConfigureHost(IWebHostBuilder builder)
        {
            builder.UseSetting("OffeneVersammlung:InvocationBurst", Burst.ToString());
            builder.UseSetting("OffeneVersammlung:InvocationsPerSecond", "10");
            builder.UseSetting("OffeneVersammlung:FailedJoinsPerAddress", FailedJoinsPerAddress.ToString());
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
        }
    }
}
