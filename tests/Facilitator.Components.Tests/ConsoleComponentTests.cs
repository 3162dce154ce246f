using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Components.Console;

namespace OffeneVersammlung.Facilitator.Components.Tests;

/// <summary>What the console's parts show; sending is covered by the browser tests against the real host.</summary>
public class ConsoleComponentTests : ScreenTestContext
{
    [Fact]
    public void A_phase_step_asks_for_confirmation_before_anything_is_sent()
    {
        var evening = new Evening();

        // No ConsoleCommands is cascaded: sending anything here would fail the test.
        var controls = Render<PhaseControls>(p => p.Add(c => c.View, evening.View));
        controls.FindAll("button").Single(b => b.TextContent.Contains("Weiter zu „Willkommen“", StringComparison.Ordinal)).Click();

        Assert.Contains("Wirklich weiter zu „Willkommen“?", controls.Markup);
        Assert.Contains(controls.FindAll("button"), b => b.TextContent == "Ja");
    }

    [Fact]
    public void A_run_off_asks_for_confirmation_like_a_phase_step_before_anything_is_sent()
    {
        var evening = new Evening();
        var amal = evening.Join("Amal");
        evening.AdvanceTo(Phase.TopicCollection);
        var benches = evening.SubmitTopic(amal, "Mehr Bänke am Platz");
        var playground = evening.SubmitTopic(amal, "Spielplatz reparieren");
        evening.AdvanceTo(Phase.DotVoting);
        evening.Dot(amal, benches);
        evening.Dot(amal, playground);
        evening.Move(PhaseTrigger.Advance);
        evening.Reveal();

        // No ConsoleCommands is cascaded: sending anything here would fail the test.
        var panel = Render<ResultsPanel>(p => p.Add(c => c.View, evening.View));
        panel.FindAll("button").Single(b => b.TextContent == "Stichwahl starten").Click();

        Assert.Contains("Wirklich eine Stichwahl zwischen #1, #2 starten?", panel.Markup);
        Assert.Contains(panel.FindAll("button"), b => b.TextContent == "Ja");
        panel.FindAll("button").Single(b => b.TextContent == "Abbrechen").Click();
        Assert.Contains(panel.FindAll("button"), b => b.TextContent == "Stichwahl starten");
    }

    [Fact]
    public void Results_show_first_round_points_and_run_off_dots_only_beside_the_finalists()
    {
        var evening = Evening.AfterARunOff();

        var panel = Render<ResultsPanel>(p => p.Add(c => c.View, evening.View));

        Assert.Equal(
            ["1. Mehr Bänke am Platz 2 Punkte Stichwahl: 1", "2. Spielplatz reparieren 2 Punkte", "3. Tauschregal im Hof 1 Punkt"],
            panel.FindAll("ol.ranking li").Select(li => string.Join(" ", li.Children.Select(c => c.TextContent).Where(t => t.Length > 0))));
    }

    [Fact]
    public void Voting_cannot_start_without_topics_and_the_console_says_why()
    {
        var evening = new Evening(Evening.Template(leaveOut: Phase.Clustering));
        evening.AdvanceTo(Phase.TopicCollection);

        var controls = Render<PhaseControls>(p => p.Add(c => c.View, evening.View));

        var advance = controls.FindAll("button").Single(b => b.TextContent.Contains("Weiter", StringComparison.Ordinal));
        Assert.True(advance.HasAttribute("disabled"));
        Assert.Equal("Es gibt noch keine sichtbaren Themen zum Abstimmen.", controls.Find(".why-not").TextContent);
    }

    [Fact]
    public void The_last_step_forward_can_be_undone_but_a_step_back_offers_no_undo()
    {
        var evening = new Evening();
        evening.AdvanceTo(Phase.CheckIn);
        Assert.Contains("Rückgängig", Render<PhaseControls>(p => p.Add(c => c.View, evening.View)).Markup);

        evening.Move(PhaseTrigger.StepBack);
        Assert.DoesNotContain("Rückgängig", Render<PhaseControls>(p => p.Add(c => c.View, evening.View)).Markup);
    }

    [Fact]
    public void Live_counts_stay_hidden_on_the_console_until_the_facilitator_asks_for_them()
    {
        var evening = new Evening();
        var amal = evening.Join("Amal");
        evening.AdvanceTo(Phase.TopicCollection);
        var benches = evening.SubmitTopic(amal, "Mehr Bänke");
        evening.AdvanceTo(Phase.DotVoting);
        evening.Dot(amal, benches);

        var panel = Render<VotingPanel>(p => p.Add(c => c.View, evening.View));
        Assert.DoesNotContain("Punkte bisher", panel.Markup);

        panel.Find("input[type=checkbox]").Change(true);

        Assert.Contains("Punkte bisher", panel.Markup);
        Assert.Equal("1", panel.Find("td.number").TextContent);
    }

    [Fact]
    public void A_topic_waiting_for_approval_comes_first_with_its_approve_button()
    {
        var evening = new Evening(Evening.Template() with { ModerateTopics = true });
        var amal = evening.Join("Amal");
        evening.AdvanceTo(Phase.TopicCollection);
        evening.SubmitTopic(amal, "Lärm nachts auf dem Platz");

        var list = Render<TopicModeration>(p => p.Add(c => c.View, evening.View));

        Assert.Contains("1 Thema wartet auf Freigabe.", list.Markup);
        var first = list.FindAll(".topic-list li")[0];
        Assert.Contains("pending", first.ClassList);
        Assert.Contains(first.QuerySelectorAll("button"), b => b.TextContent == "Freigeben");
    }

    [Fact]
    public void Hostile_topic_text_is_shown_as_text()
    {
        var evening = new Evening();
        var amal = evening.Join("<img src=x onerror=alert(1)>");
        evening.AdvanceTo(Phase.TopicCollection);
        evening.SubmitTopic(amal, "<script>alert(1)</script>");

        var list = Render<TopicModeration>(p => p.Add(c => c.View, evening.View));

        Assert.DoesNotContain("<script>", list.Markup, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", list.Markup, StringComparison.Ordinal);
        Assert.Equal("<script>alert(1)</script>", list.Find(".topic-text").TextContent);
    }
}
