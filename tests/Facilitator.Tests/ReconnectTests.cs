using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Timers;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

public sealed class ReconnectTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task A_participant_who_loses_the_connection_mid_voting_resumes_and_a_retried_dot_counts_once()
    {
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;
        var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Ali");
        var token = phone.DeviceToken!;
        var participantId = phone.ParticipantId;
        var dot = Guid.NewGuid();
        var cast = await phone.DoAsync("CastDot", dot, topic);

        await phone.Connection.StopAsync();
        await phone.DisposeAsync();
        await using var again = await LiveClient.ConnectAsync(host);
        var resumed = await again.ResumeAsync(created.AssemblyId, token);
        var retried = await again.InvokeAsync("CastDot", dot, topic);

        Assert.True(resumed.Accepted);
        Assert.Equal(participantId, resumed.ParticipantId);
        Assert.Equal(1, resumed.Snapshot!.Own.OwnDots[topic]);
        Assert.True(retried.Accepted);
        Assert.Equal(cast.Version, retried.Version);
        var own = (await again.SnapshotAsync()).Participant!.Own;
        Assert.Equal(1, own.OwnDots[topic]);
        Assert.Equal(TestTemplates.Full.Voting.DotsPerPerson - 1, own.DotsLeft);
        var console = await facilitator.ViewAsync();
        Assert.Equal(1, console.DotsUsed);
        Assert.Equal(cast.Version, console.Board.Version);
    }

    [Fact]
    public async Task A_resumed_connection_receives_pushes_again()
    {
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;
        await using var first = await LiveClient.ParticipantAsync(host, created.JoinCode);
        var token = first.DeviceToken!;
        await first.Connection.StopAsync();
        await using var again = await LiveClient.ConnectAsync(host);
        await again.ResumeAsync(created.AssemblyId, token);

        var cast = await again.DoAsync("CastDot", Guid.NewGuid(), topic);
        var paused = await facilitator.DoAsync(new StartTimer(Guid.NewGuid(), 60));

        Assert.Equal(1, (await again.OwnAtAsync(cast.Version)).OwnDots[topic]);
        Assert.True((await again.BoardAtAsync(paused.Version)).Timer.IsRunning);
    }

    [Fact]
    public async Task Rejoining_with_the_same_device_token_yields_the_same_participant_and_budget()
    {
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;
        await using var phone = await LiveClient.ParticipantAsync(host, created.JoinCode, "Ali");
        await phone.DoAsync("CastDot", Guid.NewGuid(), topic);

        await using var reloaded = await LiveClient.ConnectAsync(host);
        var rejoined = await reloaded.JoinAsync(created.JoinCode.ToLowerInvariant(), "Jemand anderes", phone.DeviceToken);

        Assert.True(rejoined.Accepted);
        Assert.Equal(phone.ParticipantId, rejoined.ParticipantId);
        Assert.Equal(phone.DeviceToken, rejoined.DeviceToken);
        Assert.Equal("Ali", rejoined.Snapshot!.Own.Pseudonym);
        Assert.Equal(TestTemplates.Full.Voting.DotsPerPerson - 1, rejoined.Snapshot.Own.DotsLeft);
        Assert.Equal(1, rejoined.Snapshot.Board.Participants.Total);
    }

    [Fact]
    public async Task A_new_phone_gets_its_own_participant_and_a_full_budget()
    {
        var (created, facilitator, _) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var __ = facilitator;
        await using var first = await LiveClient.ParticipantAsync(host, created.JoinCode);
        await using var second = await LiveClient.ParticipantAsync(host, created.JoinCode);

        Assert.NotEqual(first.ParticipantId, second.ParticipantId);
        Assert.NotEqual(first.DeviceToken, second.DeviceToken);
        Assert.Equal(TestTemplates.Full.Voting.DotsPerPerson, (await second.SnapshotAsync()).Participant!.Own.DotsLeft);
    }

    [Fact]
    public async Task Resuming_with_an_unknown_device_token_or_joining_with_an_unknown_code_is_refused()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var phone = await LiveClient.ConnectAsync(host);

        var resumed = await phone.ResumeAsync(created.AssemblyId, Secret.Create());
        var garbage = await phone.ResumeAsync(created.AssemblyId, null!);
        var joined = await phone.JoinAsync("ZZZZZZ", "Ali");
        var nonsense = await phone.JoinAsync(null!, null);

        Assert.Equal((false, RefusalCode.UnknownParticipant, HostRefusal.UnknownDevice), (resumed.Accepted, resumed.Refusal, resumed.Host));
        Assert.False(garbage.Accepted);
        Assert.Equal(HostRefusal.UnknownJoinCode, joined.Host);
        Assert.Equal(HostRefusal.UnknownJoinCode, nonsense.Host);
        Assert.Null((await phone.SnapshotAsync()).Role);
    }

    [Fact]
    public async Task Too_many_wrong_join_codes_on_one_connection_lock_it_out()
    {
        var created = await AssemblyApi.CreateAsync(host);
        await using var scanner = await LiveClient.ConnectAsync(host);
        for (var i = 0; i < 10; i++)
        {
            await scanner.JoinAsync("ZZZZZZ", null);
        }

        var right = await scanner.JoinAsync(created.JoinCode, null);

        Assert.Equal(HostRefusal.TooManyAttempts, right.Host);
    }

    [Fact]
    public async Task A_json_client_joins_and_votes_like_a_messagepack_client()
    {
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;
        await using var phone = await LiveClient.ConnectAsync(host, json: true);
        var joined = await phone.JoinAsync(created.JoinCode, "Json", null);

        var cast = await phone.DoAsync("CastDot", Guid.NewGuid(), topic);

        Assert.True(joined.Accepted);
        Assert.Equal(1, (await phone.OwnAtAsync(cast.Version)).OwnDots[topic]);
    }
}
