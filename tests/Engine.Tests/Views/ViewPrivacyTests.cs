using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Views;

public class ViewPrivacyTests
{
    [Fact]
    public void During_voting_a_participant_sees_only_their_own_dots()
    {
        var driver = new AssemblyDriver();
        var ayse = driver.Join("Ayşe");
        var ben = driver.Join("Ben");
        driver.AdvanceTo(Phase.TopicCollection);
        var bench = driver.SubmitTopic(ayse, "Bank");
        var tree = driver.SubmitTopic(ben, "Baum");
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(ayse, bench).AssertAccepted();
        driver.Dot(ben, tree).AssertAccepted();
        driver.Dot(ben, tree).AssertAccepted();

        var aysesView = driver.Assembly.ParticipantView(ayse, driver.Now)!;

        Assert.Equal(new Dictionary<Guid, int> { [bench] = 1 }, aysesView.Own.OwnDots);
        Assert.Null(aysesView.Board.Results);
        Assert.DoesNotContain(ben.ToString(), ViewJson.Of(aysesView));
    }

    [Fact]
    public void No_public_view_ever_says_who_voted_for_what()
    {
        var driver = new AssemblyDriver();
        var ayse = driver.Join("Ayşe");
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(ayse, "Bank");
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(ayse, topic).AssertAccepted();
        driver.Advance();
        driver.Reveal();

        var board = ViewJson.Of(driver.Assembly.PublicBoard(driver.Now));
        var facilitator = ViewJson.Of(driver.Assembly.FacilitatorView(driver.Now));

        Assert.DoesNotContain(ayse.ToString(), board);
        Assert.DoesNotContain("Ayşe", board.Replace("\"AuthorName\":\"Ay\\u015Fe\"", string.Empty, StringComparison.Ordinal));
        Assert.DoesNotContain("OwnDots", facilitator);
    }

    [Fact]
    public void Anonymous_people_are_counted_in_groups_but_never_named()
    {
        var driver = new AssemblyDriver(TestTemplates.Full(groupsFromTop: 1));
        var anonymous = driver.Join();
        var named = driver.Join("Ben");
        driver.AdvanceTo(Phase.TopicCollection);
        driver.SubmitTopic(anonymous, "Hofcafé");
        driver.AdvanceTo(Phase.ProjectGroups);
        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();
        var group = driver.State.Groups.Single().Id;
        driver.As(anonymous, new JoinProjectGroup(Guid.NewGuid(), anonymous, group)).AssertAccepted();
        driver.As(named, new JoinProjectGroup(Guid.NewGuid(), named, group)).AssertAccepted();

        var card = driver.Assembly.PublicBoard(driver.Now).Groups.Single();

        Assert.Equal(2, card.MemberCount);
        Assert.Equal(["Ben"], card.MemberNames);
        Assert.Null(driver.Assembly.PublicBoard(driver.Now).Topics.Single().AuthorName);
    }

    [Fact]
    public void Waiting_and_hidden_topics_never_reach_other_participants()
    {
        var driver = new AssemblyDriver(TestTemplates.Full(moderate: true));
        var ayse = driver.Join("Ayşe");
        var ben = driver.Join("Ben");
        driver.AdvanceTo(Phase.TopicCollection);
        driver.SubmitTopic(ayse, "Geheimer Vorschlag");

        Assert.DoesNotContain("Geheimer Vorschlag", ViewJson.Of(driver.Assembly.ParticipantView(ben, driver.Now)!));
        Assert.Contains("Geheimer Vorschlag", ViewJson.Of(driver.Assembly.ParticipantView(ayse, driver.Now)!));
    }

    [Fact]
    public void Every_event_names_whose_own_view_it_changed()
    {
        var driver = new AssemblyDriver();
        var ayse = driver.Join("Ayşe");
        var ben = driver.Join("Ben");
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(ayse, "Bank");
        driver.AdvanceTo(Phase.DotVoting);

        var dot = driver.Dot(ben, topic).Events.Single();

        Assert.Equal([ben], PrivateAudience.Of(driver.State, dot));
    }
}
