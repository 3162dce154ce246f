using System.Text.Json;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Clustering;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Topics;
using OffeneVersammlung.Engine.Views;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Tests.Views;

public class AssemblyProtocolTests
{
    [Fact]
    public void The_protocol_counts_people_by_how_they_took_part_and_sums_up_the_moods_without_names()
    {
        var evening = Evening.Run();

        var protocol = AssemblyProtocol.Of(evening.Driver.State);

        Assert.Equal(new ParticipantCounts(4, 2, 1, 1), protocol.Participants);
        Assert.Equal(4, protocol.CheckIn.Answers);
        Assert.Equal([1, 0, 1, 2, 0], protocol.CheckIn.MoodCounts);
        Assert.Contains(protocol.CheckIn.Words, w => w.Word.Equals("gespannt", StringComparison.OrdinalIgnoreCase) && w.Count == 2);
        Assert.Equal(2, protocol.CheckOut.Answers);
        Assert.True(protocol.IsClosed);
        Assert.Equal(evening.ClosedAt, protocol.ClosedAt);
        Assert.Equal(evening.OpenedAt, protocol.OpenedAt);
    }

    [Fact]
    public void The_protocol_lists_visible_topics_by_rank_with_totals_per_round_and_paper_dots_apart()
    {
        var evening = Evening.Run();

        var protocol = AssemblyProtocol.Of(evening.Driver.State);

        Assert.True(protocol.HasResults);
        Assert.Equal(["Bank am Platz", "Licht im Durchgang", "Hofcafé"], protocol.Topics.Select(t => t.Text));
        Assert.Equal([1, 2, 3], protocol.Topics.Select(t => t.Rank!.Value));
        Assert.Equal([3, 2], protocol.Topics[0].Totals);
        Assert.Equal([3, 1], protocol.Topics[1].Totals);
        Assert.Equal([1, null], protocol.Topics[2].Totals);
        Assert.Equal([1, 1, 0], protocol.Topics.Select(t => t.PaperDots));
        Assert.True(protocol.Topics[2].FromPaper);
        Assert.Equal(["Draußen", null, "Draußen"], protocol.Topics.Select(t => t.ClusterLabel));
        Assert.Equal("Platz", protocol.Topics[0].Category);
        Assert.DoesNotContain(protocol.Topics, t => t.Text == "Werbung");
        Assert.Equal([1, 3], Assert.Single(protocol.Clusters).TopicNumbers);
    }

    [Fact]
    public void The_protocol_shows_each_round_with_its_run_off_but_never_who_voted_for_what()
    {
        var evening = Evening.Run();

        var protocol = AssemblyProtocol.Of(evening.Driver.State);

        Assert.Equal(2, protocol.Rounds.Count);
        var main = protocol.Rounds[0];
        Assert.Equal((false, 2, true, 3, 7, 2), (main.IsRunOff, main.DotsPerPerson, main.IsRevealed, main.Voters, main.DotsUsed, main.PaperDots));
        var runOff = protocol.Rounds[1];
        Assert.Equal([1, 2], runOff.RunOffTopicNumbers);
        Assert.Equal((1, true, 3, 3, 0), (runOff.DotsPerPerson, runOff.IsRevealed, runOff.Voters, runOff.DotsUsed, runOff.PaperDots));

        var json = JsonSerializer.Serialize(protocol);
        foreach (var person in evening.People)
        {
            Assert.DoesNotContain(person.ToString(), json, StringComparison.OrdinalIgnoreCase);
        }
    }

    [Fact]
    public void Groups_appear_with_profile_member_count_and_chosen_pseudonyms_but_without_contact()
    {
        var evening = Evening.Run();

        var protocol = AssemblyProtocol.Of(evening.Driver.State);

        var group = Assert.Single(protocol.Groups);
        Assert.Equal(("Bank am Platz", 1, 3), (group.Name, group.TopicNumber, group.MemberCount));
        Assert.Equal(["Ayşe", "Frau K."], group.MemberNames);
        Assert.Equal(["Bank aufstellen", "Einweihung feiern"], group.Goals);
        Assert.Equal((evening.NextMeeting, "Café Eck", "Werkzeug"), (group.NextMeetingAt, group.NextMeetingPlace, group.SupportNeeded));
        Assert.DoesNotContain("geheim@example.org", JsonSerializer.Serialize(protocol), StringComparison.Ordinal);
    }

    [Fact]
    public void The_protocol_records_which_topic_a_duplicate_went_into_and_which_topics_the_moderation_hid_without_their_text()
    {
        var driver = new AssemblyDriver();
        var ayse = driver.Join("Ayşe");
        driver.AdvanceTo(Phase.TopicCollection);
        var bench = driver.SubmitTopic(ayse, "Bank am Platz");
        var benches = driver.SubmitTopic(ayse, "Mehr Bänke");
        var seats = driver.SubmitTopic(ayse, "Sitzgelegenheiten");
        var spam = driver.SubmitTopic(ayse, "Werbung für Pizza");
        driver.Facilitate(new MergeTopics(Guid.NewGuid(), seats, benches)).AssertAccepted();
        driver.Facilitate(new MergeTopics(Guid.NewGuid(), benches, bench)).AssertAccepted();
        driver.Facilitate(new ModerateTopic(Guid.NewGuid(), spam, TopicVisibility.Hidden)).AssertAccepted();

        var protocol = AssemblyProtocol.Of(driver.State);

        Assert.Equal(["Bank am Platz"], protocol.Topics.Select(t => t.Text));
        Assert.Equal(
            [new ProtocolSetAsideTopic(2, "Mehr Bänke", 1), new ProtocolSetAsideTopic(3, "Sitzgelegenheiten", 1), new ProtocolSetAsideTopic(4, null, null)],
            protocol.SetAside);
        Assert.DoesNotContain("Pizza", JsonSerializer.Serialize(protocol), StringComparison.Ordinal);
    }

    [Fact]
    public void Before_the_reveal_the_protocol_has_no_ranks_and_no_totals()
    {
        var driver = new AssemblyDriver(TestTemplates.Full(dots: 2, maxPerTopic: 1));
        var ayse = driver.Join("Ayşe");
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(ayse, "Bank");
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(ayse, topic).AssertAccepted();

        var protocol = AssemblyProtocol.Of(driver.State);

        Assert.False(protocol.HasResults);
        Assert.False(protocol.IsClosed);
        Assert.Null(protocol.ClosedAt);
        var listed = Assert.Single(protocol.Topics);
        Assert.Null(listed.Rank);
        Assert.Empty(listed.Totals);
        Assert.Equal((false, 1, 1), (protocol.Rounds[0].IsRevealed, protocol.Rounds[0].Voters, protocol.Rounds[0].DotsUsed));
    }

    /// <summary>
    /// Ayşe and Ben on phones (Ben remote), someone anonymous, Frau K. on paper; four topics, one
    /// hidden; a tie between the first two, settled by a run-off; one group with a contact.
    /// </summary>
    private sealed record Evening(AssemblyDriver Driver, Guid[] People, DateTimeOffset OpenedAt, DateTimeOffset NextMeeting, DateTimeOffset ClosedAt)
    {
        public static Evening Run()
        {
            var driver = new AssemblyDriver(TestTemplates.Full(dots: 2, maxPerTopic: 1, groupsFromTop: 1));
            var ayse = driver.Join("Ayşe");
            var ben = driver.Join("Ben", Presence.Remote);
            var anonymous = driver.Join();
            var paper = driver.AddPaperParticipant("Frau K.");
            driver.Wait(TimeSpan.FromMinutes(5));
            var openedAt = driver.Now;
            driver.AdvanceTo(Phase.CheckIn);
            driver.As(ayse, new CheckIn(Guid.NewGuid(), ayse, Mood.Good, "gespannt")).AssertAccepted();
            driver.As(ben, new CheckIn(Guid.NewGuid(), ben, Mood.Good, "Gespannt")).AssertAccepted();
            driver.As(anonymous, new CheckIn(Guid.NewGuid(), anonymous, Mood.VeryLow, "müde")).AssertAccepted();
            driver.Facilitate(new CheckIn(Guid.NewGuid(), paper, Mood.Okay, "neugierig")).AssertAccepted();

            driver.AdvanceTo(Phase.TopicCollection);
            var bench = driver.SubmitTopic(ayse, "Bank am Platz", "Platz");
            var light = driver.SubmitTopic(ben, "Licht im Durchgang");
            var cafe = driver.AddPaperTopic("Hofcafé");
            var spam = driver.SubmitTopic(anonymous, "Werbung");
            driver.Facilitate(new ModerateTopic(Guid.NewGuid(), spam, TopicVisibility.Hidden)).AssertAccepted();

            driver.AdvanceTo(Phase.Clustering);
            var outside = driver.NameCluster("Draußen");
            driver.Facilitate(new PlaceTopic(Guid.NewGuid(), bench, outside)).AssertAccepted();
            driver.Facilitate(new PlaceTopic(Guid.NewGuid(), cafe, outside)).AssertAccepted();

            driver.AdvanceTo(Phase.DotVoting);
            foreach (var person in new[] { ayse, ben })
            {
                driver.Dot(person, bench).AssertAccepted();
                driver.Dot(person, light).AssertAccepted();
            }

            driver.Dot(anonymous, cafe).AssertAccepted();
            driver.Facilitate(new AdjustPaperDots(Guid.NewGuid(), bench, 1)).AssertAccepted();
            driver.Facilitate(new AdjustPaperDots(Guid.NewGuid(), light, 1)).AssertAccepted();
            driver.Advance();
            driver.Reveal();
            driver.Facilitate(new StartRunOff(Guid.NewGuid(), [bench, light])).AssertAccepted();
            driver.Dot(ayse, bench).AssertAccepted();
            driver.Dot(ben, bench).AssertAccepted();
            driver.Dot(anonymous, light).AssertAccepted();
            driver.Advance();
            driver.Reveal();

            driver.AdvanceTo(Phase.ProjectGroups);
            driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();
            var group = Assert.Single(driver.State.Groups).Id;
            driver.As(ayse, new JoinProjectGroup(Guid.NewGuid(), ayse, group)).AssertAccepted();
            driver.As(anonymous, new JoinProjectGroup(Guid.NewGuid(), anonymous, group)).AssertAccepted();
            driver.Facilitate(new JoinProjectGroup(Guid.NewGuid(), paper, group)).AssertAccepted();
            var nextMeeting = driver.Now.AddDays(14);
            driver.As(ayse, new UpdateGroupProfile(Guid.NewGuid(), group, GroupProfile.Named("Bank am Platz") with
            {
                Goals = ["Bank aufstellen", "Einweihung feiern"],
                NextMeetingAt = nextMeeting,
                NextMeetingPlace = "Café Eck",
                SupportNeeded = "Werkzeug",
                Contact = "geheim@example.org",
            })).AssertAccepted();

            driver.AdvanceTo(Phase.CheckOut);
            driver.As(ayse, new CheckOut(Guid.NewGuid(), ayse, Mood.VeryGood, "satt")).AssertAccepted();
            driver.Facilitate(new CheckOut(Guid.NewGuid(), paper, Mood.Good, "froh")).AssertAccepted();
            driver.Wait(TimeSpan.FromMinutes(3));
            driver.Advance();
            Assert.Equal(Phase.Closed, driver.State.Phase);
            return new Evening(driver, [ayse, ben, anonymous, paper], openedAt, nextMeeting, driver.Now);
        }
    }
}
