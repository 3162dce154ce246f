using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Groups;

public class ProjectGroupTests
{
    [Fact]
    public void Groups_are_seeded_from_the_top_topics_in_ranking_order()
    {
        var (driver, people, topics) = AfterVoting(groupsFromTop: 2);

        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();

        var groups = driver.Assembly.PublicBoard(driver.Now).Groups;
        Assert.Equal([topics[2], topics[0]], groups.Select(g => g.TopicId!.Value));
        Assert.Equal("Thema 3", groups[0].Profile.Name);
        Assert.NotEmpty(people);
    }

    [Fact]
    public void Seeding_again_adds_the_next_topics_and_stops_when_none_are_left()
    {
        var (driver, _, _) = AfterVoting(groupsFromTop: 2);
        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();

        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();
        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertRefused(RefusalCode.NoTopicsForGroups);

        Assert.Equal(3, driver.State.Groups.Count());
    }

    [Fact]
    public void People_join_one_group_at_a_time()
    {
        var (driver, people, _) = AfterVoting(groupsFromTop: 2);
        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();
        var groups = driver.State.Groups.Select(g => g.Id).ToArray();

        driver.As(people[0], new JoinProjectGroup(Guid.NewGuid(), people[0], groups[0])).AssertAccepted();
        driver.As(people[0], new JoinProjectGroup(Guid.NewGuid(), people[0], groups[0])).AssertRefused(RefusalCode.AlreadyInGroup);
        driver.As(people[0], new JoinProjectGroup(Guid.NewGuid(), people[0], groups[1])).AssertAccepted();

        Assert.Empty(driver.State.FindGroup(groups[0])!.Members);
        Assert.Equal([people[0]], driver.State.FindGroup(groups[1])!.Members);
        Assert.Equal(groups[1], driver.Assembly.OwnView(people[0])!.GroupId);
    }

    [Fact]
    public void A_full_group_takes_nobody_else()
    {
        var (driver, people, _) = AfterVoting(groupsFromTop: 1, groupMax: 2);
        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();
        var group = driver.State.Groups.Single().Id;
        driver.As(people[0], new JoinProjectGroup(Guid.NewGuid(), people[0], group)).AssertAccepted();
        driver.As(people[1], new JoinProjectGroup(Guid.NewGuid(), people[1], group)).AssertAccepted();

        driver.As(people[2], new JoinProjectGroup(Guid.NewGuid(), people[2], group)).AssertRefused(RefusalCode.GroupIsFull);
    }

    [Fact]
    public void Leaving_frees_the_place()
    {
        var (driver, people, _) = AfterVoting(groupsFromTop: 1, groupMax: 2);
        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();
        var group = driver.State.Groups.Single().Id;
        driver.As(people[0], new JoinProjectGroup(Guid.NewGuid(), people[0], group)).AssertAccepted();

        driver.As(people[0], new LeaveProjectGroup(Guid.NewGuid(), people[0])).AssertAccepted();
        driver.As(people[0], new LeaveProjectGroup(Guid.NewGuid(), people[0])).AssertRefused(RefusalCode.NotInGroup);

        Assert.Empty(driver.State.FindGroup(group)!.Members);
    }

    [Fact]
    public void The_facilitator_places_someone_on_paper_in_a_group()
    {
        var (driver, _, _) = AfterVoting(groupsFromTop: 1);
        var onPaper = driver.AddPaperParticipant("Oma Ilse");
        var group = driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).Events.OfType<ProjectGroupCreated>().Single().GroupId;

        driver.Facilitate(new JoinProjectGroup(Guid.NewGuid(), onPaper, group)).AssertAccepted();

        Assert.Equal(["Oma Ilse"], driver.Assembly.PublicBoard(driver.Now).Groups.Single().MemberNames);
    }

    [Fact]
    public void A_group_can_be_opened_by_hand()
    {
        var (driver, people, _) = AfterVoting(groupsFromTop: 1);

        driver.Facilitate(new CreateProjectGroup(Guid.NewGuid(), Guid.NewGuid(), "Lastenrad teilen", null)).AssertAccepted();
        driver.As(people[0], new CreateProjectGroup(Guid.NewGuid(), Guid.NewGuid(), "Eigene", null)).AssertRefused(RefusalCode.NotAllowedForRole);

        Assert.Equal("Lastenrad teilen", Assert.Single(driver.State.Groups).Profile.Name);
    }

    [Fact]
    public void Members_fill_the_profile_and_its_contact_stays_off_the_public_board()
    {
        var (driver, people, _) = AfterVoting(groupsFromTop: 1);
        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();
        var group = driver.State.Groups.Single().Id;
        driver.As(people[0], new JoinProjectGroup(Guid.NewGuid(), people[0], group)).AssertAccepted();
        var profile = new GroupProfile(
            "Kiez isst zusammen",
            "Angebote im Stadtteil kennt kaum jemand",
            ["Ein Frühstück im Hof", "Fünf Vereine dabei"],
            "Jede und jeder lernt jemand Neues kennen",
            "Hof anfragen",
            new DateTimeOffset(2026, 12, 3, 18, 0, 0, TimeSpan.FromHours(1)),
            "Nachbarschaftshaus, Raum 2",
            "Tische und Bänke",
            "kiez-isst@example.org");

        driver.As(people[0], new UpdateGroupProfile(Guid.NewGuid(), group, profile)).AssertAccepted();

        var publicProfile = driver.Assembly.PublicBoard(driver.Now).Groups.Single().Profile;
        Assert.Equal("Kiez isst zusammen", publicProfile.Name);
        Assert.Null(publicProfile.Contact);
        Assert.Equal("kiez-isst@example.org", driver.Assembly.OwnView(people[0])!.GroupProfile!.Contact);
        Assert.Equal("kiez-isst@example.org", driver.Assembly.FacilitatorView(driver.Now).Groups.Single().Profile.Contact);
        Assert.Null(driver.Assembly.OwnView(people[1])!.GroupProfile);
    }

    [Fact]
    public void Only_members_and_the_facilitator_edit_a_profile_with_at_most_three_goals()
    {
        var (driver, people, _) = AfterVoting(groupsFromTop: 1);
        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();
        var group = driver.State.Groups.Single().Id;
        var fourGoals = GroupProfile.Named("Gruppe") with { Goals = ["a", "b", "c", "d"] };

        driver.As(people[1], new UpdateGroupProfile(Guid.NewGuid(), group, GroupProfile.Named("Fremd"))).AssertRefused(RefusalCode.NotAllowedForRole);
        driver.Facilitate(new UpdateGroupProfile(Guid.NewGuid(), group, fourGoals)).AssertRefused(RefusalCode.TooManyGoals);
        driver.Facilitate(new UpdateGroupProfile(Guid.NewGuid(), group, GroupProfile.Named(""))).AssertRefused(RefusalCode.TextRequired);
    }

    [Fact]
    public void Groups_form_only_in_their_phase()
    {
        var driver = new AssemblyDriver();

        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertRefused(RefusalCode.WrongPhase);
    }

    private static (AssemblyDriver Driver, Guid[] People, Guid[] Topics) AfterVoting(int groupsFromTop, int groupMax = 6)
    {
        var driver = new AssemblyDriver(TestTemplates.Full(dots: 3, maxPerTopic: 3, groupMax: groupMax, groupsFromTop: groupsFromTop));
        var people = new[] { driver.Join("Ayşe"), driver.Join("Ben"), driver.Join() };
        driver.AdvanceTo(Phase.TopicCollection);
        var topics = Enumerable.Range(1, 3).Select(i => driver.SubmitTopic(people[0], $"Thema {i}")).ToArray();
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(people[0], topics[2]).AssertAccepted();
        driver.Dot(people[1], topics[2]).AssertAccepted();
        driver.Dot(people[1], topics[0]).AssertAccepted();
        driver.Advance();
        driver.Reveal();
        driver.Advance();
        return (driver, people, topics);
    }
}
