using System.Globalization;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Participant.Services;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>
/// A server-mode phone's line (decision 0014): the circuit's calls reach the same participant desk as the
/// hub's, with the same answers and limits, and its pushes come from the one update pipeline.
/// </summary>
public sealed class InProcessPhoneTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_phone_in_a_circuit_joins_votes_and_is_pushed_the_rooms_board_and_its_own_view()
    {
        var created = await AssemblyApi.CreateAsync(host);
        var facilitator = ConnectionBinding.Facilitator(created.AssemblyId);
        var commands = host.Services.GetRequiredService<AssemblyCommands>();
        using var circuit = host.Services.CreateScope();
        var line = circuit.ServiceProvider.GetRequiredService<IParticipantLine>();
        var boards = new List<PublicBoard>();
        var own = new List<OwnView>();
        line.BoardChanged += board => { lock (boards) { boards.Add(board); } };
        line.OwnViewChanged += view => { lock (own) { own.Add(view); } };
        await line.StartAsync(CancellationToken.None);

        var joined = await line.Server.Join(created.JoinCode, "Amal", Presence.InRoom, null);
        Assert.True(joined.Accepted);
        var topic = Guid.NewGuid();
        for (var step = 0; step < 3; step++)
        {
            await commands.AsFacilitatorAsync(facilitator, new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance));
        }

        await commands.AsFacilitatorAsync(facilitator, new AddPaperTopic(Guid.NewGuid(), topic, "Mehr Licht im Park", null));
        await commands.AsFacilitatorAsync(facilitator, new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance));
        await commands.AsFacilitatorAsync(facilitator, new ChangePhase(Guid.NewGuid(), PhaseTrigger.Advance));
        var voted = await line.Server.CastDot(Guid.NewGuid(), topic);

        Assert.True(voted.Accepted);
        await Eventually.HoldsAsync(
            () => { lock (own) { return own.Any(v => v.OwnDots.GetValueOrDefault(topic) == 1); } },
            () => "the circuit was never pushed its own dot");
        await Eventually.HoldsAsync(
            () => { lock (boards) { return boards.Any(b => b.Phase == Phase.DotVoting); } },
            () => "the circuit was never pushed the voting board");
    }

    [Fact]
    public async Task A_phone_in_a_circuit_is_refused_unlooked_after_ten_wrong_codes_as_a_hub_connection_is()
    {
        var created = await AssemblyApi.CreateAsync(host);
        using var circuit = host.Services.CreateScope();
        var line = circuit.ServiceProvider.GetRequiredService<IParticipantLine>();
        await line.StartAsync(CancellationToken.None);
        for (var wrong = 0; wrong < 10; wrong++)
        {
            var reply = await line.Server.Join("ZZZZ2222", null, Presence.InRoom, null);
            Assert.Equal(HostRefusal.UnknownJoinCode, reply.Host);
        }

        var right = await line.Server.Join(created.JoinCode, null, Presence.InRoom, null);

        Assert.Equal((false, HostRefusal.TooManyAttempts), (right.Accepted, right.Host));
    }

    [Fact]
    public async Task Beyond_its_burst_a_phone_in_a_circuit_is_refused_unseen_with_the_hubs_answer()
    {
        using var limited = new LimitedHost();
        var created = await AssemblyApi.CreateAsync(limited);
        using var circuit = limited.Services.CreateScope();
        var line = circuit.ServiceProvider.GetRequiredService<IParticipantLine>();
        await line.StartAsync(CancellationToken.None);
        Assert.True((await line.Server.Join(created.JoinCode, null, Presence.InRoom, null)).Accepted);

        var replies = new List<CommandResult>();
        for (var call = 1; call < LimitedHost.Burst + 1; call++)
        {
            replies.Add(await line.Server.WithdrawTopic(Guid.NewGuid(), Guid.NewGuid()));
        }

        Assert.DoesNotContain(replies.Take(LimitedHost.Burst - 1), r => r.Host == HostRefusal.Throttled);
        Assert.Equal((RefusalCode.TooManyRequests, HostRefusal.Throttled), (replies[^1].Refusal, replies[^1].Host));
    }

    /// <summary>The shipped rate of calls, and a clock that stands still, so no token comes back during the test.</summary>
    private sealed class LimitedHost : HostFactory
    {
        public const int Burst = 20;

        protected override void ConfigureHost(IWebHostBuilder builder)
        {
            builder.UseSetting("OffeneVersammlung:InvocationBurst", Burst.ToString(CultureInfo.InvariantCulture));
            builder.UseSetting("OffeneVersammlung:InvocationsPerSecond", "10");
            builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(new FakeTimeProvider(DateTimeOffset.Parse("2026-05-20T18:00:00+02:00", CultureInfo.InvariantCulture))));
        }
    }
}
