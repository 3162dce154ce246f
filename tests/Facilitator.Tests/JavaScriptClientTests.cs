using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Facilitator.Tests.Support;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>The hub is usable beyond .NET: the official SignalR JavaScript client with MessagePack, run by node.</summary>
public sealed class JavaScriptClientTests(HostFactory host) : IClassFixture<HostFactory>
{
    [Fact]
    public async Task The_JavaScript_client_joins_over_MessagePack_casts_a_dot_and_receives_the_pushed_board()
    {
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;

        var run = await JavaScriptClient.JoinAndVoteAsync(host, created.JoinCode, topic);

        Assert.True(run.Join.Accepted, $"join refused: {run.Join.Refusal} {run.Join.Detail}");
        Assert.Equal(created.AssemblyId, run.Join.AssemblyId);
        Assert.True(run.Join.HasDeviceToken);
        var cast = Assert.Single(run.Casts);
        Assert.True(cast.Accepted, $"dot refused: {cast.Refusal} {cast.Detail}");
        Assert.NotNull(run.Board);
        Assert.True(run.Board.Version >= cast.Version, $"newest pushed board {run.Board.Version}, dot at {cast.Version}");
        Assert.Equal(nameof(Phase.DotVoting), run.Board.Phase);
        Assert.Equal(created.AssemblyId, run.Board.AssemblyId);
        Assert.Equal(run.Join.ParticipantId, run.Own?.ParticipantId);
        Assert.Equal(1, run.Own?.DotsOnTopic);

        var console = await facilitator.ConsoleAtAsync(cast.Version);
        Assert.Equal(1, console.DotsUsed);
        Assert.Equal(1, console.Topics.Single(t => t.Id == topic).LiveDots);
        Assert.Equal(1, console.Participants.Single(p => p.Id == run.Join.ParticipantId).DotsUsed);
    }

    [Fact]
    public async Task A_dot_the_JavaScript_client_sends_twice_with_the_same_command_id_counts_once()
    {
        var (created, facilitator, topic) = await Scenarios.VotingWithOneTopicAsync(host);
        await using var _ = facilitator;

        var run = await JavaScriptClient.JoinAndVoteAsync(host, created.JoinCode, topic, sends: 2);

        Assert.True(run.Join.Accepted, $"join refused: {run.Join.Refusal} {run.Join.Detail}");
        Assert.Equal(2, run.Casts.Count);
        Assert.All(run.Casts, c => Assert.True(c.Accepted, $"dot refused: {c.Refusal} {c.Detail}"));
        Assert.Equal(run.Casts[0].Version, run.Casts[1].Version);
        Assert.Equal(1, run.Own?.DotsOnTopic);
        Assert.Equal(TestTemplates.Full.Voting.DotsPerPerson - 1, run.Own?.DotsLeft);

        var console = await facilitator.ViewAsync();
        Assert.Equal(run.Casts[0].Version, console.Board.Version);
        Assert.Equal(1, console.DotsUsed);
        Assert.Equal(1, console.Topics.Single(t => t.Id == topic).LiveDots);
    }
}
