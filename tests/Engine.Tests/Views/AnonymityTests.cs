using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Participants;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Views;

public class AnonymityTests
{
    [Fact]
    public void Someone_who_joined_without_a_name_is_never_named_or_traceable_in_any_public_view_of_any_phase()
    {
        var driver = new AssemblyDriver(TestTemplates.Full(groupsFromTop: 1));
        var anonymous = driver.Join();
        var named = driver.Join("Ben");
        var seen = new List<string>();
        void Look() => seen.Add(ViewJson.Of(driver.Assembly.PublicBoard(driver.Now)) + ViewJson.Of(driver.Assembly.ParticipantView(named, driver.Now)!));

        driver.AdvanceTo(Phase.CheckIn);
        driver.As(anonymous, new CheckIn(Guid.NewGuid(), anonymous, Mood.Good, "leise")).AssertAccepted();
        Look();
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(anonymous, "Hofcafé");
        driver.SubmitTopic(named, "Bänke");
        Look();
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(anonymous, topic).AssertAccepted();
        Look();
        driver.Reveal();
        driver.AdvanceTo(Phase.ProjectGroups);
        driver.Facilitate(new SeedProjectGroups(Guid.NewGuid())).AssertAccepted();
        var group = driver.State.Groups.Single().Id;
        driver.As(anonymous, new JoinProjectGroup(Guid.NewGuid(), anonymous, group)).AssertAccepted();
        driver.As(anonymous, new UpdateGroupProfile(Guid.NewGuid(), group, GroupProfile.Named("Hofcafé-Team") with { Contact = "hof@example.org" })).AssertAccepted();
        Look();
        driver.AdvanceTo(Phase.CheckOut);
        driver.As(anonymous, new CheckOut(Guid.NewGuid(), anonymous, Mood.VeryGood, "satt")).AssertAccepted();
        Look();

        var board = driver.Assembly.PublicBoard(driver.Now);
        Assert.Null(board.Topics.Single(t => t.Id == topic).AuthorName);
        Assert.Equal("Ben", board.Topics.Single(t => t.Id != topic).AuthorName);
        Assert.Empty(board.Groups.Single().MemberNames);
        Assert.All(seen, json =>
        {
            Assert.DoesNotContain(anonymous.ToString(), json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain($"device-{anonymous:N}", json, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("hof@example.org", json, StringComparison.Ordinal);
        });
    }
}
