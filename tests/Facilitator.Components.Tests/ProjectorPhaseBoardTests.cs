using OffeneVersammlung.Contracts;
using OffeneVersammlung.Facilitator.Components.Projector;

namespace OffeneVersammlung.Facilitator.Components.Tests;

public class ProjectorPhaseBoardTests : ScreenTestContext
{
    [Fact]
    public void The_discussion_shows_the_rooms_results_not_the_evenings_farewell()
    {
        var evening = Evening.AfterARunOff();
        var discussing = evening.View.Board with { Phase = Phase.Discussion };

        var wall = Render<PhaseBoard>(p => p.Add(c => c.Board, discussing));

        Assert.Contains("Mehr Bänke am Platz", wall.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Danke fürs Mitmachen!", wall.Markup, StringComparison.Ordinal);
    }

    [Fact]
    public void A_discussion_before_any_vote_shows_the_topics()
    {
        var evening = new Evening();
        var amal = evening.Join("Amal");
        evening.AdvanceTo(Phase.TopicCollection);
        evening.SubmitTopic(amal, "Licht im Park");
        var discussing = evening.View.Board with { Phase = Phase.Discussion };

        var wall = Render<PhaseBoard>(p => p.Add(c => c.Board, discussing));

        Assert.Contains("Licht im Park", wall.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("Danke fürs Mitmachen!", wall.Markup, StringComparison.Ordinal);
    }
}
