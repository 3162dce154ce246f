using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Topics;

public class TopicTests
{
    [Fact]
    public void A_submitted_topic_appears_on_the_board_with_its_number_and_author_name()
    {
        var (driver, ayse) = Collecting("Ayşe");

        driver.SubmitTopic(ayse, "Mehr Licht im Durchgang", "Sicherheit");

        var card = Assert.Single(driver.Assembly.PublicBoard(driver.Now).Topics);
        Assert.Equal((1, "Mehr Licht im Durchgang", "Sicherheit", "Ayşe", false), (card.Number, card.Text, card.Category, card.AuthorName, card.FromPaper));
    }

    [Fact]
    public void An_anonymous_author_stays_anonymous_on_the_board()
    {
        var (driver, anonymous) = Collecting(null);

        driver.SubmitTopic(anonymous, "Lärm nachts");

        Assert.Null(Assert.Single(driver.Assembly.PublicBoard(driver.Now).Topics).AuthorName);
    }

    [Fact]
    public void Topics_are_collected_only_during_topic_collection()
    {
        var driver = new AssemblyDriver();
        var neighbour = driver.Join();

        driver.As(neighbour, new SubmitTopic(Guid.NewGuid(), Guid.NewGuid(), neighbour, "Zu früh", null)).AssertRefused(RefusalCode.WrongPhase);
    }

    [Theory]
    [InlineData("", RefusalCode.TextRequired)]
    [InlineData("   ", RefusalCode.TextRequired)]
    [InlineData("=HYPERLINK(\"x\")\u0000", RefusalCode.TextHasControlCharacters)]
    public void Bad_topic_text_is_refused_and_changes_nothing(string text, RefusalCode expected)
    {
        var (driver, neighbour) = Collecting(null);

        driver.As(neighbour, new SubmitTopic(Guid.NewGuid(), Guid.NewGuid(), neighbour, text, null)).AssertRefused(expected);
        Assert.Empty(driver.State.Topics);
    }

    [Fact]
    public void A_topic_longer_than_the_limit_is_refused()
    {
        var (driver, neighbour) = Collecting(null);

        driver.As(neighbour, new SubmitTopic(Guid.NewGuid(), Guid.NewGuid(), neighbour, new string('x', TextLimits.Topic + 1), null))
            .AssertRefused(RefusalCode.TextTooLong);
    }

    [Fact]
    public void Emoji_count_as_one_character_each()
    {
        var (driver, neighbour) = Collecting(null);

        driver.As(neighbour, new SubmitTopic(Guid.NewGuid(), Guid.NewGuid(), neighbour, string.Concat(Enumerable.Repeat("👩‍👩‍👧", 50)), null))
            .AssertAccepted();
    }

    [Fact]
    public void Authors_edit_and_withdraw_their_own_topics_but_not_others()
    {
        var (driver, ayse) = Collecting("Ayşe");
        var ben = driver.Join("Ben");
        var topic = driver.SubmitTopic(ayse, "Fahrradständer");

        driver.As(ben, new EditTopic(Guid.NewGuid(), topic, "Gekapert", null)).AssertRefused(RefusalCode.NotYourTopic);
        driver.As(ben, new WithdrawTopic(Guid.NewGuid(), topic)).AssertRefused(RefusalCode.NotYourTopic);
        driver.As(ayse, new EditTopic(Guid.NewGuid(), topic, "Überdachte Fahrradständer", "Verkehr")).AssertAccepted();
        Assert.Equal("Überdachte Fahrradständer", driver.State.FindTopic(topic)!.Text);

        driver.As(ayse, new WithdrawTopic(Guid.NewGuid(), topic)).AssertAccepted();
        Assert.Empty(driver.Assembly.PublicBoard(driver.Now).Topics);
    }

    [Fact]
    public void Authors_cannot_edit_after_topic_collection_but_the_facilitator_can()
    {
        var (driver, ayse) = Collecting("Ayşe");
        var topic = driver.SubmitTopic(ayse, "Bücherschrank");
        driver.Advance();

        driver.As(ayse, new EditTopic(Guid.NewGuid(), topic, "Offener Bücherschrank", null)).AssertRefused(RefusalCode.WrongPhase);
        driver.Facilitate(new EditTopic(Guid.NewGuid(), topic, "Offener Bücherschrank", null)).AssertAccepted();
    }

    [Fact]
    public void Paper_cards_are_typed_in_by_the_facilitator_and_marked_as_paper()
    {
        var driver = new AssemblyDriver();
        driver.AdvanceTo(Phase.TopicCollection);

        driver.AddPaperTopic("Bank an der Haltestelle");

        var card = Assert.Single(driver.Assembly.PublicBoard(driver.Now).Topics);
        Assert.True(card.FromPaper);
        Assert.Equal(TopicSource.Paper, Assert.Single(driver.Assembly.FacilitatorView(driver.Now).Topics).Source);
    }

    [Fact]
    public void With_moderation_a_topic_waits_and_only_its_author_sees_it()
    {
        var driver = new AssemblyDriver(TestTemplates.Full(moderate: true));
        var ayse = driver.Join("Ayşe");
        var ben = driver.Join("Ben");
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(ayse, "Graffiti-Wand");

        Assert.Empty(driver.Assembly.PublicBoard(driver.Now).Topics);
        Assert.Equal(TopicVisibility.Pending, Assert.Single(driver.Assembly.OwnView(ayse)!.OwnTopics).Visibility);
        Assert.Empty(driver.Assembly.OwnView(ben)!.OwnTopics);
        Assert.Equal([topic], driver.Assembly.FacilitatorView(driver.Now).ModerationQueue);

        driver.Facilitate(new ModerateTopic(Guid.NewGuid(), topic, TopicVisibility.Shown)).AssertAccepted();

        Assert.Single(driver.Assembly.PublicBoard(driver.Now).Topics);
        Assert.Empty(driver.Assembly.FacilitatorView(driver.Now).ModerationQueue);
    }

    [Fact]
    public void A_hidden_topic_leaves_the_board_and_can_come_back()
    {
        var (driver, ayse) = Collecting("Ayşe");
        var topic = driver.SubmitTopic(ayse, "Beleidigung");

        driver.Facilitate(new ModerateTopic(Guid.NewGuid(), topic, TopicVisibility.Hidden)).AssertAccepted();
        Assert.Empty(driver.Assembly.PublicBoard(driver.Now).Topics);

        driver.Facilitate(new ModerateTopic(Guid.NewGuid(), topic, TopicVisibility.Shown)).AssertAccepted();
        Assert.Single(driver.Assembly.PublicBoard(driver.Now).Topics);
        driver.Facilitate(new ModerateTopic(Guid.NewGuid(), topic, TopicVisibility.Pending)).AssertRefused(RefusalCode.ValueOutOfRange);
        driver.As(ayse, new ModerateTopic(Guid.NewGuid(), topic, TopicVisibility.Hidden)).AssertRefused(RefusalCode.NotAllowedForRole);
    }

    [Fact]
    public void Merging_a_duplicate_keeps_one_card_that_remembers_the_other()
    {
        var (driver, ayse) = Collecting("Ayşe");
        var ben = driver.Join("Ben");
        var first = driver.SubmitTopic(ayse, "Müll im Park");
        var duplicate = driver.SubmitTopic(ben, "Park ist vermüllt");

        driver.Facilitate(new MergeTopics(Guid.NewGuid(), duplicate, first)).AssertAccepted();

        var card = Assert.Single(driver.Assembly.PublicBoard(driver.Now).Topics);
        Assert.Equal(first, card.Id);
        Assert.Equal([duplicate], driver.State.FindTopic(first)!.MergedFrom);
        Assert.Null(driver.State.FindTopic(duplicate));
    }

    [Fact]
    public void Merging_a_topic_into_itself_or_an_unknown_topic_is_refused()
    {
        var (driver, ayse) = Collecting("Ayşe");
        var topic = driver.SubmitTopic(ayse, "Hundekot");

        driver.Facilitate(new MergeTopics(Guid.NewGuid(), topic, topic)).AssertRefused(RefusalCode.CannotMergeTopicIntoItself);
        driver.Facilitate(new MergeTopics(Guid.NewGuid(), topic, Guid.NewGuid())).AssertRefused(RefusalCode.UnknownTopic);
    }

    [Fact]
    public void Topics_with_dots_are_not_merged()
    {
        var (driver, ayse) = Collecting("Ayşe");
        var first = driver.SubmitTopic(ayse, "Sitzbank");
        var second = driver.SubmitTopic(ayse, "Bänke");
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(ayse, first).AssertAccepted();

        driver.Facilitate(new MergeTopics(Guid.NewGuid(), second, first)).AssertRefused(RefusalCode.TopicHasVotes);
    }

    private static (AssemblyDriver Driver, Guid Participant) Collecting(string? pseudonym)
    {
        var driver = new AssemblyDriver();
        var participant = driver.Join(pseudonym);
        driver.AdvanceTo(Phase.TopicCollection);
        return (driver, participant);
    }
}
