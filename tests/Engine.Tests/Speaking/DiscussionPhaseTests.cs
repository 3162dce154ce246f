using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Speaking;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Speaking;

public class DiscussionPhaseTests
{
    private static AssemblyTemplate WithDiscussion() => TestTemplates.Full() with
    {
        Id = "test-discussion",
        Phases =
        [
            new PhasePlan(Phase.TopicCollection, 15, null),
            new PhasePlan(Phase.DotVoting, 5, null),
            new PhasePlan(Phase.Results, null, null),
            new PhasePlan(Phase.Discussion, 20, LocalizedText.Of(("de", "Was sagt ihr zum Ergebnis?"), ("en", "What do you make of the result?"))),
            new PhasePlan(Phase.CheckOut, 10, null),
        ],
    };

    [Fact]
    public void A_template_may_include_a_discussion_with_its_own_timebox_and_prompt()
    {
        Assert.Null(TemplateValidator.FindProblem(WithDiscussion()));
        var driver = new AssemblyDriver(WithDiscussion());
        var ayse = driver.Join("Ayşe");
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(ayse, "Eine Bank an der Bushaltestelle");
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(ayse, topic).AssertAccepted();
        driver.Reveal();

        driver.AdvanceTo(Phase.Discussion);

        var board = driver.Assembly.PublicBoard(driver.Now);
        Assert.Equal(20 * 60, board.Timer.DurationSeconds);
        Assert.Equal("Was sagt ihr zum Ergebnis?", board.Prompt!.Texts["de"]);
        Assert.Contains(Phase.Discussion, board.Phases);
    }

    [Fact]
    public void The_speakers_list_works_in_the_discussion_as_in_every_phase()
    {
        var driver = new AssemblyDriver(WithDiscussion());
        var ayse = driver.Join("Ayşe");
        driver.AdvanceTo(Phase.TopicCollection);
        var topic = driver.SubmitTopic(ayse, "Eine Bank an der Bushaltestelle");
        driver.AdvanceTo(Phase.DotVoting);
        driver.Dot(ayse, topic).AssertAccepted();
        driver.Reveal();
        driver.AdvanceTo(Phase.Discussion);
        driver.Facilitate(new SetSpeakersList(Guid.NewGuid(), true)).AssertAccepted();

        driver.As(ayse, new RaiseHand(Guid.NewGuid(), ayse)).AssertAccepted();

        Assert.Equal(1, driver.Assembly.OwnView(ayse)!.PlaceInLine);
    }
}
