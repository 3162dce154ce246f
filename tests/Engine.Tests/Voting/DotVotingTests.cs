using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Tests.Voting;

public class DotVotingTests
{
    [Fact]
    public void Voting_refuses_a_dot_beyond_the_budget()
    {
        var (driver, voter, topics) = Voting(dots: 3, maxPerTopic: 3, topicCount: 3);
        driver.Dot(voter, topics[0]).AssertAccepted();
        driver.Dot(voter, topics[1]).AssertAccepted();
        driver.Dot(voter, topics[2]).AssertAccepted();

        driver.Dot(voter, topics[0]).AssertRefused(RefusalCode.NoDotsLeft);
        Assert.Equal(0, driver.Assembly.OwnView(voter)!.DotsLeft);
    }

    [Fact]
    public void Voting_refuses_more_dots_on_one_topic_than_the_cap()
    {
        var (driver, voter, topics) = Voting(dots: 5, maxPerTopic: 2, topicCount: 1);
        driver.Dot(voter, topics[0]).AssertAccepted();
        driver.Dot(voter, topics[0]).AssertAccepted();

        driver.Dot(voter, topics[0]).AssertRefused(RefusalCode.TopicDotLimitReached);
    }

    [Fact]
    public void A_dot_can_be_taken_back_and_spent_elsewhere()
    {
        var (driver, voter, topics) = Voting(dots: 1, maxPerTopic: 1, topicCount: 2);
        driver.Dot(voter, topics[0]).AssertAccepted();

        driver.As(voter, new RemoveDot(Guid.NewGuid(), voter, topics[0])).AssertAccepted();
        driver.Dot(voter, topics[1]).AssertAccepted();

        Assert.Equal(new Dictionary<Guid, int> { [topics[1]] = 1 }, driver.Assembly.OwnView(voter)!.OwnDots);
        driver.As(voter, new RemoveDot(Guid.NewGuid(), voter, topics[0])).AssertRefused(RefusalCode.NoDotOnTopic);
    }

    [Fact]
    public void Dots_are_cast_only_while_voting_and_only_on_visible_topics()
    {
        var (driver, voter, topics) = Voting(dots: 3, maxPerTopic: 1, topicCount: 2);
        driver.Facilitate(new ModerateTopic(Guid.NewGuid(), topics[1], TopicVisibility.Hidden)).AssertAccepted();

        driver.Dot(voter, topics[1]).AssertRefused(RefusalCode.TopicNotVisible);
        driver.Dot(voter, Guid.NewGuid()).AssertRefused(RefusalCode.UnknownTopic);
        driver.Advance();
        driver.Dot(voter, topics[0]).AssertRefused(RefusalCode.WrongPhase);
    }

    [Fact]
    public void Nobody_votes_with_someone_elses_budget()
    {
        var (driver, voter, topics) = Voting(dots: 3, maxPerTopic: 1, topicCount: 1);
        var other = driver.Join();

        driver.As(other, new CastDot(Guid.NewGuid(), voter, topics[0])).AssertRefused(RefusalCode.NotAllowedForRole);
        driver.Facilitate(new CastDot(Guid.NewGuid(), voter, topics[0])).AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Fact]
    public void Votes_stay_hidden_on_the_board_until_the_reveal()
    {
        var (driver, voter, topics) = Voting(dots: 3, maxPerTopic: 3, topicCount: 2);
        driver.Dot(voter, topics[0]).AssertAccepted();

        var hidden = driver.Assembly.PublicBoard(driver.Now);
        Assert.Null(hidden.Results);
        Assert.Equal(1, hidden.Voting.VoterCount);
        Assert.Equal(1, driver.Assembly.FacilitatorView(driver.Now).Topics.Single(t => t.Id == topics[0]).LiveDots);

        driver.Reveal();

        var results = driver.Assembly.PublicBoard(driver.Now).Results!;
        Assert.Equal(topics[0], results.Ranking[0].TopicId);
        Assert.Equal([1], results.Ranking[0].Totals);
    }

    [Fact]
    public void After_the_reveal_the_round_is_closed()
    {
        var (driver, voter, topics) = Voting(dots: 3, maxPerTopic: 3, topicCount: 1);
        driver.Reveal();

        driver.Dot(voter, topics[0]).AssertRefused(RefusalCode.VotesAlreadyRevealed);
        driver.Facilitate(new RevealVotes(Guid.NewGuid())).AssertRefused(RefusalCode.VotesAlreadyRevealed);
    }

    [Fact]
    public void Paper_dots_count_like_phone_dots_and_are_shown_apart()
    {
        var (driver, voter, topics) = Voting(dots: 3, maxPerTopic: 3, topicCount: 2);
        driver.Dot(voter, topics[0]).AssertAccepted();
        driver.Facilitate(new AdjustPaperDots(Guid.NewGuid(), topics[1], 4)).AssertAccepted();
        driver.Facilitate(new AdjustPaperDots(Guid.NewGuid(), topics[1], -1)).AssertAccepted();
        driver.Reveal();

        var top = driver.Assembly.PublicBoard(driver.Now).Results!.Ranking[0];
        Assert.Equal((topics[1], 3, 3), (top.TopicId, top.Totals[0], top.PaperDots));
    }

    [Fact]
    public void Paper_dots_never_go_below_zero_and_are_the_facilitators_job()
    {
        var (driver, voter, topics) = Voting(dots: 3, maxPerTopic: 3, topicCount: 1);

        driver.Facilitate(new AdjustPaperDots(Guid.NewGuid(), topics[0], -1)).AssertRefused(RefusalCode.PaperDotsCannotGoBelowZero);
        driver.Facilitate(new AdjustPaperDots(Guid.NewGuid(), topics[0], 0)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.Facilitate(new AdjustPaperDots(Guid.NewGuid(), topics[0], int.MinValue)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.Facilitate(new AdjustPaperDots(Guid.NewGuid(), topics[0], int.MaxValue)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.As(voter, new AdjustPaperDots(Guid.NewGuid(), topics[0], 5)).AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Fact]
    public void The_facilitator_casts_the_dots_of_someone_on_paper_within_their_budget()
    {
        var (driver, _, topics) = Voting(dots: 2, maxPerTopic: 2, topicCount: 1);
        var onPaper = driver.AddPaperParticipant("Herr Weber");

        driver.Facilitate(new CastDot(Guid.NewGuid(), onPaper, topics[0])).AssertAccepted();
        driver.Facilitate(new CastDot(Guid.NewGuid(), onPaper, topics[0])).AssertAccepted();
        driver.Facilitate(new CastDot(Guid.NewGuid(), onPaper, topics[0])).AssertRefused(RefusalCode.NoDotsLeft);
    }

    [Fact]
    public void Equal_totals_are_shown_as_a_tie_with_the_same_rank()
    {
        var (driver, voter, topics) = Voting(dots: 2, maxPerTopic: 1, topicCount: 3);
        driver.Dot(voter, topics[0]).AssertAccepted();
        driver.Dot(voter, topics[2]).AssertAccepted();
        driver.Reveal();

        var results = driver.Assembly.PublicBoard(driver.Now).Results!;
        Assert.Equal([1, 1, 3], results.Ranking.Select(r => r.Rank));
        Assert.Equal([topics[0], topics[2]], Assert.Single(results.Ties));
    }

    [Fact]
    public void A_run_off_among_tied_topics_breaks_the_tie()
    {
        var (driver, ayse, topics) = Voting(dots: 2, maxPerTopic: 1, topicCount: 3);
        var ben = driver.Join("Ben");
        driver.Dot(ayse, topics[0]).AssertAccepted();
        driver.Dot(ayse, topics[1]).AssertAccepted();
        driver.Advance();
        driver.Reveal();

        driver.Facilitate(new StartRunOff(Guid.NewGuid(), [topics[0], topics[1]])).AssertAccepted();

        Assert.Equal(Phase.DotVoting, driver.State.Phase);
        Assert.Equal(VoteLedger.RunOffDots, driver.Assembly.OwnView(ayse)!.DotsLeft);
        driver.Dot(ben, topics[2]).AssertRefused(RefusalCode.TopicNotInRunOff);
        driver.Dot(ben, topics[1]).AssertAccepted();
        driver.Dot(ben, topics[0]).AssertRefused(RefusalCode.NoDotsLeft);
        driver.Advance();
        driver.Reveal();

        var results = driver.Assembly.PublicBoard(driver.Now).Results!;
        Assert.Equal([topics[1], topics[0], topics[2]], results.Ranking.Select(r => r.TopicId));
        Assert.Equal([1, 2, 3], results.Ranking.Select(r => r.Rank));
        Assert.Empty(results.Ties);
        Assert.Equal(PhaseTrigger.RunOff, driver.State.PhaseHistory.Single(c => c.To == Phase.DotVoting && c.From == Phase.Results).Trigger);
    }

    [Fact]
    public void A_run_off_needs_revealed_results_and_topics_that_are_really_tied()
    {
        var (driver, voter, topics) = Voting(dots: 2, maxPerTopic: 2, topicCount: 2);
        driver.Dot(voter, topics[0]).AssertAccepted();
        driver.Advance();

        driver.Facilitate(new StartRunOff(Guid.NewGuid(), [topics[0], topics[1]])).AssertRefused(RefusalCode.VotesNotRevealed);
        driver.Reveal();
        driver.Facilitate(new StartRunOff(Guid.NewGuid(), [topics[0], topics[1]])).AssertRefused(RefusalCode.RunOffNeedsTiedTopics);
        driver.Facilitate(new StartRunOff(Guid.NewGuid(), [topics[0]])).AssertRefused(RefusalCode.RunOffNeedsTiedTopics);
    }

    private static (AssemblyDriver Driver, Guid Voter, Guid[] Topics) Voting(int dots, int maxPerTopic, int topicCount)
    {
        var driver = new AssemblyDriver(TestTemplates.Full(dots, maxPerTopic));
        var voter = driver.Join("Ayşe");
        driver.AdvanceTo(Phase.TopicCollection);
        var topics = Enumerable.Range(1, topicCount).Select(i => driver.SubmitTopic(voter, $"Thema {i}")).ToArray();
        driver.AdvanceTo(Phase.DotVoting);
        return (driver, voter, topics);
    }
}
