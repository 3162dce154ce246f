using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Components.Console;

namespace OffeneVersammlung.Facilitator.Components.Tests;

/// <summary>
/// The list of clusters under the wall, the wall's keyboard and tap twin: a picked card is merged into another only
/// after the same second tap the wall asks for. Sending is pinned by the browser test against the real host.
/// </summary>
public class ClusterBoardTests : ScreenTestContext
{
    [Fact]
    public void A_picked_card_offers_to_merge_into_each_other_card_and_asks_before_anything_is_sent()
    {
        var evening = Clustering();

        // No ConsoleCommands is cascaded: sending anything here would fail the test.
        var board = Render<ClusterBoard>(p => p.Add(c => c.View, evening.View));
        Assert.Empty(board.FindAll("button.merge-here"));
        board.FindAll("button.card-button").Single(b => b.TextContent.Contains("Mehr Bänke am Platz", StringComparison.Ordinal)).Click();

        var offers = board.FindAll("button.merge-here");
        Assert.Equal(["Thema 1 hierein zusammenführen: Thema 2", "Thema 1 hierein zusammenführen: Thema 3"], offers.Select(b => b.GetAttribute("aria-label")));
        Assert.All(offers, b => Assert.Equal("Hierein zusammenführen", b.TextContent));
        offers[1].Click();

        var question = board.Find("[role=alert]");
        Assert.Contains("Thema 1 in Thema 3 zusammenführen?", question.TextContent, StringComparison.Ordinal);
        Assert.Contains(question.QuerySelectorAll("button"), b => b.TextContent == "Zusammenführen");
        Assert.Empty(board.FindAll("button.merge-here"));
        JSInterop.VerifyFocusAsyncInvoke();
    }

    [Fact]
    public void Cancelling_the_merge_question_leaves_the_cards_as_they_were()
    {
        var evening = Clustering();
        var board = Render<ClusterBoard>(p => p.Add(c => c.View, evening.View));
        board.FindAll("button.card-button")[1].Click();
        board.FindAll("button.merge-here")[0].Click();

        board.Find("[role=alert]").QuerySelectorAll("button").Single(b => b.TextContent == "Abbrechen").Click();

        Assert.Empty(board.FindAll("[role=alert]"));
        Assert.Equal(3, board.FindAll("button.card-button").Count);
        Assert.All(board.FindAll("button.card-button"), b => Assert.Equal("false", b.GetAttribute("aria-pressed")));
    }

    private static Evening Clustering()
    {
        var evening = new Evening();
        var amal = evening.Join("Amal");
        evening.AdvanceTo(Phase.TopicCollection);
        evening.SubmitTopic(amal, "Mehr Bänke am Platz");
        evening.SubmitTopic(amal, "Eine Bank an der Haltestelle");
        evening.SubmitTopic(amal, "Baumscheiben bepflanzen");
        evening.AdvanceTo(Phase.Clustering);
        evening.NameCluster("Grünes Viertel");
        return evening;
    }
}
