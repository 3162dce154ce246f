using OffeneVersammlung.Contracts;
using OffeneVersammlung.Participant.Phases;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Participant.Tests;

public class VotingPhaseTests : ParticipantTestContext
{
    [Fact]
    public void Shows_the_remaining_dots_and_disables_every_plus_at_zero()
    {
        var cut = Render<VotingPhase>(p => p
            .Add(x => x.Board, Views.Board(Phase.DotVoting))
            .Add(x => x.Own, Views.Own(0, new() { [Views.Benches] = 2, [Views.Playground] = 1 })));

        Assert.Equal("Du hast noch 0 von 3 Punkten.", cut.Find(".dots-left").TextContent);
        Assert.All(cut.FindAll("button[aria-label^='Punkt geben']"), plus => Assert.True(plus.HasAttribute("disabled")));
        Assert.All(cut.FindAll("button[aria-label^='Punkt wegnehmen']"), minus => Assert.False(minus.HasAttribute("disabled")));
    }

    [Fact]
    public void Plus_stops_at_the_maximum_per_topic_while_other_topics_stay_open()
    {
        var cut = Render<VotingPhase>(p => p
            .Add(x => x.Board, Views.Board(Phase.DotVoting, dotsPerPerson: 5, maxPerTopic: 2))
            .Add(x => x.Own, Views.Own(3, new() { [Views.Benches] = 2 })));

        Assert.True(cut.Find("button[aria-label='Punkt geben: Mehr Bänke am Platz']").HasAttribute("disabled"));
        Assert.False(cut.Find("button[aria-label='Punkt geben: Spielplatz reparieren']").HasAttribute("disabled"));
        Assert.True(cut.Find("button[aria-label='Punkt wegnehmen: Spielplatz reparieren']").HasAttribute("disabled"));
    }

    [Fact]
    public void A_dot_tapped_without_a_connection_waits_in_the_queue_with_its_command_id_and_shows_as_waiting()
    {
        var cut = Render<VotingPhase>(p => p
            .Add(x => x.Board, Views.Board(Phase.DotVoting))
            .Add(x => x.Own, Views.Own(3)));

        cut.Find("button[aria-label='Punkt geben: Spielplatz reparieren']").Click();

        var pending = Assert.Single(Services.GetRequiredService<AssemblyConnection>().Pending);
        Assert.Equal(CommandKind.CastDot, pending.Kind);
        Assert.NotEqual(Guid.Empty, pending.CommandId);
        Assert.Equal(Views.Playground, pending.TopicId);
        Assert.Contains(JSInterop.Invocations, i => i.Identifier == "localStorage.setItem" && Equals(i.Arguments[0], "ov.queue"));

        cut.Render(p => p.Add(x => x.Pending, Services.GetRequiredService<AssemblyConnection>().Pending));
        Assert.Equal("Du hast noch 2 von 3 Punkten.", cut.Find(".dots-left").TextContent);
        Assert.NotEmpty(cut.FindAll(".waiting"));
    }

    [Fact]
    public void Before_the_reveal_nothing_of_others_votes_is_shown()
    {
        var cut = Render<VotingPhase>(p => p
            .Add(x => x.Board, Views.Board(Phase.DotVoting))
            .Add(x => x.Own, Views.Own(3)));

        Assert.Equal(["0", "0"], cut.FindAll(".count").Select(c => c.TextContent));
    }

    [Fact]
    public void A_run_off_shows_only_the_tied_topics()
    {
        var board = Views.Board(Phase.DotVoting);
        board = board with { Voting = board.Voting with { Round = 2, IsRunOff = true, RunOffTopics = [Views.Benches] } };

        var cut = Render<VotingPhase>(p => p.Add(x => x.Board, board).Add(x => x.Own, Views.Own(3)));

        Assert.Equal("Stichwahl", cut.Find("h2").TextContent);
        var topic = Assert.Single(cut.FindAll("li.vote"));
        Assert.Contains("Mehr Bänke am Platz", topic.TextContent, StringComparison.Ordinal);
    }
}
