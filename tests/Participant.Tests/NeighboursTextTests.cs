using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Participant.Components;
using OffeneVersammlung.Participant.Phases;

namespace OffeneVersammlung.Participant.Tests;

/// <summary>
/// What neighbours wrote (topics, names, profiles) is shown as written, each in an element of its own
/// with dir="auto": an Arabic topic reads right to left on a German phone, a German one left to right
/// on an Arabic phone, and the fields they type into follow what they type.
/// </summary>
public class NeighboursTextTests : ParticipantTestContext
{
    private const string Arabic = "مقاعد أكثر في الساحة";

    [Fact]
    public void Topics_on_the_board_each_find_their_own_direction()
    {
        var board = Views.Board(Phase.TopicCollection);
        board = board with { Topics = [.. board.Topics, new TopicCard(Guid.NewGuid(), 3, Arabic, null, null, null, false)] };

        var cut = Render<TopicBoard>(p => p.Add(x => x.Board, board).Add(x => x.Own, Views.Own(3)));

        var texts = cut.FindAll(".topic-text");
        Assert.Contains(Arabic, texts.Select(t => t.TextContent));
        Assert.All(texts, t => Assert.Equal("auto", t.GetAttribute("dir")));
    }

    [Fact]
    public void The_assembly_s_title_a_ranking_s_topics_and_a_group_s_profile_find_their_own_direction()
    {
        var results = new ResultsBoard(1, [new TopicResult(Views.Benches, 1, [4], 0)], []);
        var ranking = Render<ResultsPhase>(p => p.Add(x => x.Board, Views.Board(Phase.Results) with { Results = results }));
        Assert.Equal("auto", ranking.Find(".result .topic-text").GetAttribute("dir"));

        var profile = new GroupProfileView(Arabic, "Problem", ["هدف"], null, null, null, "Nachbarschaftshaus", null, null);
        var summary = Render<GroupProfileSummary>(p => p.Add(x => x.Profile, profile));
        Assert.Equal(["Problem", "هدف", "Nachbarschaftshaus"], summary.FindAll("[dir=auto]").Select(e => e.TextContent));
    }

    [Fact]
    public void The_fields_neighbours_type_into_follow_what_they_type()
    {
        var cut = Render<TopicsPhase>(p => p.Add(x => x.Board, Views.Board(Phase.TopicCollection)).Add(x => x.Own, Views.Own(3)));

        Assert.Equal("auto", cut.Find("textarea").GetAttribute("dir"));
    }
}
