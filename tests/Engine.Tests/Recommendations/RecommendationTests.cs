using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Recommendations;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Recommendations;

public class RecommendationTests
{
    [Fact]
    public void A_topic_cannot_be_recommended_before_the_results_are_revealed()
    {
        var (driver, _, topics) = Voted(reveal: false);

        Mark(driver, topics[0], "Der Bezirk soll eine Bank aufstellen.").AssertRefused(RefusalCode.VotesNotRevealed);

        Assert.Empty(driver.State.Recommendations.Items);
    }

    [Fact]
    public void Only_the_facilitator_marks_recommendations()
    {
        var (driver, people, topics) = Voted();

        driver.As(people[0], new MarkRecommendation(Guid.NewGuid(), topics[0], "Mein Thema zuerst.")).AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Fact]
    public void Only_a_topic_on_the_board_can_be_recommended()
    {
        var (driver, _, topics) = Voted();

        Mark(driver, Guid.NewGuid(), "Gibt es nicht.").AssertRefused(RefusalCode.UnknownTopic);
        Mark(driver, topics[0], "Eine Bank an der Haltestelle.").AssertAccepted();
    }

    [Fact]
    public void A_hidden_topic_cannot_be_recommended()
    {
        var driver = new AssemblyDriver(TestTemplates.Full(dots: 3));
        var ayse = driver.Join("Ayşe");
        driver.AdvanceTo(Phase.TopicCollection);
        var shown = driver.SubmitTopic(ayse, "Bank");
        var hidden = driver.SubmitTopic(ayse, "Beleidigung");
        driver.Facilitate(new ModerateTopic(Guid.NewGuid(), hidden, TopicVisibility.Hidden)).AssertAccepted();
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(ayse, shown).AssertAccepted();
        driver.Reveal();

        Mark(driver, hidden, "Soll nicht durch.").AssertRefused(RefusalCode.TopicNotVisible);
    }

    [Theory]
    [InlineData("", RefusalCode.TextRequired)]
    [InlineData("   ", RefusalCode.TextRequired)]
    [InlineData("Zeile eins\nZeile zwei", RefusalCode.TextHasControlCharacters)]
    public void The_sentence_is_required_and_on_one_line(string sentence, RefusalCode code)
    {
        var (driver, _, topics) = Voted();

        Mark(driver, topics[0], sentence).AssertRefused(code);
    }

    [Fact]
    public void The_sentence_stays_short_enough_to_read_aloud()
    {
        var (driver, _, topics) = Voted();

        Mark(driver, topics[0], new string('a', TextLimits.RecommendationSentence + 1)).AssertRefused(RefusalCode.TextTooLong);
        Mark(driver, topics[0], new string('a', TextLimits.RecommendationSentence)).AssertAccepted();
    }

    [Fact]
    public void Marking_again_rewrites_the_sentence_and_keeps_the_place()
    {
        var (driver, _, topics) = Voted();
        Mark(driver, topics[0], "Erste Fassung.").AssertAccepted();
        Mark(driver, topics[1], "Zweite Empfehlung.").AssertAccepted();

        Mark(driver, topics[0], "  Bessere Fassung.  ").AssertAccepted();

        Assert.Equal([(topics[0], "Bessere Fassung."), (topics[1], "Zweite Empfehlung.")], driver.State.Recommendations.Items.Select(r => (r.TopicId, r.Sentence)));
    }

    [Fact]
    public void Recommendations_are_reordered_and_unmarked()
    {
        var (driver, _, topics) = Voted();
        foreach (var topic in topics)
        {
            Mark(driver, topic, "Satz.").AssertAccepted();
        }

        driver.Facilitate(new MoveRecommendation(Guid.NewGuid(), topics[2], 0)).AssertAccepted();
        Assert.Equal([topics[2], topics[0], topics[1]], driver.State.Recommendations.Items.Select(r => r.TopicId));

        driver.Facilitate(new MoveRecommendation(Guid.NewGuid(), topics[2], 2)).AssertAccepted();
        Assert.Equal([topics[0], topics[1], topics[2]], driver.State.Recommendations.Items.Select(r => r.TopicId));

        driver.Facilitate(new MoveRecommendation(Guid.NewGuid(), topics[0], 3)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.Facilitate(new MoveRecommendation(Guid.NewGuid(), topics[0], -1)).AssertRefused(RefusalCode.ValueOutOfRange);

        driver.Facilitate(new UnmarkRecommendation(Guid.NewGuid(), topics[1])).AssertAccepted();
        driver.Facilitate(new UnmarkRecommendation(Guid.NewGuid(), topics[1])).AssertRefused(RefusalCode.NotARecommendation);
        driver.Facilitate(new MoveRecommendation(Guid.NewGuid(), topics[1], 0)).AssertRefused(RefusalCode.NotARecommendation);
        Assert.Equal([topics[0], topics[2]], driver.State.Recommendations.Items.Select(r => r.TopicId));
    }

    [Fact]
    public void The_list_stays_short()
    {
        var driver = new AssemblyDriver(TestTemplates.Full(dots: 3));
        var ayse = driver.Join("Ayşe");
        driver.AdvanceTo(Phase.TopicCollection);
        var topics = Enumerable.Range(1, RecommendationList.Max + 1).Select(i => driver.SubmitTopic(ayse, $"Thema {i}")).ToList();
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(ayse, topics[0]).AssertAccepted();
        driver.Reveal();
        foreach (var topic in topics.Take(RecommendationList.Max))
        {
            Mark(driver, topic, "Satz.").AssertAccepted();
        }

        Mark(driver, topics[^1], "Einer zu viel.").AssertRefused(RefusalCode.TooManyRecommendations);
        Mark(driver, topics[0], "Umschreiben geht weiter.").AssertAccepted();
    }

    [Fact]
    public void Recommendations_are_still_marked_after_the_close()
    {
        var (driver, _, topics) = Voted();
        driver.AdvanceTo(Phase.Closed);

        Mark(driver, topics[2], "Am Ende gemeinsam formuliert.").AssertAccepted();
        driver.Facilitate(new UnmarkRecommendation(Guid.NewGuid(), topics[2])).AssertAccepted();
    }

    [Fact]
    public void The_protocol_carries_the_recommendations_in_order_with_their_dots_and_sentences()
    {
        var (driver, _, topics) = Voted();
        Mark(driver, topics[0], "Zweitens: Bank.").AssertAccepted();
        Mark(driver, topics[2], "Erstens: Frühstück.").AssertAccepted();
        driver.Facilitate(new MoveRecommendation(Guid.NewGuid(), topics[2], 0)).AssertAccepted();

        var protocol = AssemblyProtocol.Of(driver.State);

        Assert.Equal(
            [new ProtocolRecommendation(1, topics[2], 3, "Thema 3", 1, 2, "Erstens: Frühstück."), new ProtocolRecommendation(2, topics[0], 1, "Thema 1", 2, 1, "Zweitens: Bank.")],
            protocol.Recommended);
        Assert.Equal(["Erstens: Frühstück.", "Zweitens: Bank."], driver.Assembly.FacilitatorView(driver.Now).Recommended.Select(r => r.Sentence));
    }

    private static Decision Mark(AssemblyDriver driver, Guid topic, string sentence) =>
        driver.Facilitate(new MarkRecommendation(Guid.NewGuid(), topic, sentence));

    private static (AssemblyDriver Driver, Guid[] People, Guid[] Topics) Voted(bool reveal = true)
    {
        var driver = new AssemblyDriver(TestTemplates.Full(dots: 3, maxPerTopic: 3));
        var people = new[] { driver.Join("Ayşe"), driver.Join("Ben") };
        driver.AdvanceTo(Phase.TopicCollection);
        var topics = Enumerable.Range(1, 3).Select(i => driver.SubmitTopic(people[0], $"Thema {i}")).ToArray();
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(people[0], topics[2]).AssertAccepted();
        driver.Dot(people[1], topics[2]).AssertAccepted();
        driver.Dot(people[1], topics[0]).AssertAccepted();
        if (reveal)
        {
            driver.Reveal();
        }

        return (driver, people, topics);
    }
}
