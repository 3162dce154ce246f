using System.Globalization;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Components.Diagrams;
using PhaseDiagram = OffeneVersammlung.Facilitator.Components.Diagrams.PhaseDiagram;

namespace OffeneVersammlung.Facilitator.Components.Tests;

public class PhaseDiagramTests : ScreenTestContext
{
    [Fact]
    public void The_current_phase_is_highlighted_and_marked_as_the_current_step()
    {
        var evening = new Evening();
        evening.AdvanceTo(Phase.TopicCollection);

        var diagram = Render(evening);

        var current = diagram.Find("svg [aria-current=step]");
        Assert.Contains("ov-phase-current", current.ClassList);
        Assert.Contains("Themen sammeln", current.TextContent);
        Assert.Single(diagram.FindAll("svg [aria-current]"));
        Assert.Contains("Themen sammeln", diagram.Find("ol li[aria-current=step]").TextContent);
    }

    [Fact]
    public void Phases_already_passed_are_marked_done_and_later_ones_are_not()
    {
        var evening = new Evening();
        evening.AdvanceTo(Phase.CheckIn);

        var diagram = Render(evening);

        Assert.Equal(["Ankommen", "Willkommen"], Names(diagram, ".ov-phase-done"));
        Assert.Contains("Punkte vergeben", Names(diagram, ".ov-phase-ahead"));
        Assert.All(diagram.FindAll(".ov-phase-done .ov-phase-progress"), p => Assert.Equal("✓ erledigt", p.TextContent));
    }

    [Fact]
    public void Phases_the_template_skips_are_not_shown()
    {
        var evening = new Evening(Evening.Template(leaveOut: [Phase.Clustering, Phase.DotVoting, Phase.Results]));

        var diagram = Render(evening);

        Assert.Equal(
            ["Ankommen", "Willkommen", "Check-in", "Themen sammeln", "Projektgruppen", "Check-out", "Beendet"],
            Names(diagram, ".ov-phase"));
        Assert.DoesNotContain("Punkte vergeben", diagram.Markup);
        Assert.DoesNotContain("Themen ordnen", diagram.Markup);
    }

    [Fact]
    public void A_step_back_is_drawn_once_as_an_arrow_back_however_often_it_was_made()
    {
        var evening = new Evening();
        evening.AdvanceTo(Phase.Clustering);
        evening.Move(PhaseTrigger.StepBack);
        evening.Move(PhaseTrigger.Advance);
        evening.Move(PhaseTrigger.StepBack);
        evening.Move(PhaseTrigger.Advance);

        var diagram = Render(evening);

        var back = Assert.Single(diagram.FindAll(".ov-arrow-taken"));
        Assert.Equal("Schritt zurück (2×): Themen ordnen → Themen sammeln", back.QuerySelector("title")!.TextContent);
        Assert.Contains(diagram.FindAll("ol li"), li => li.TextContent == "Schritt zurück (2×): Themen ordnen → Themen sammeln");
    }

    [Fact]
    public void The_shortcuts_the_machine_permits_are_drawn_as_possible_until_taken()
    {
        var evening = new Evening();
        var neighbour = evening.Join("Amal");
        evening.AdvanceTo(Phase.TopicCollection);
        evening.SubmitTopic(neighbour, "Mehr Bänke am Platz");
        evening.AdvanceTo(Phase.DotVoting);

        var before = Render(evening);
        evening.Move(PhaseTrigger.ReopenTopicCollection);
        var after = Render(evening);

        Assert.Equal(["Themen wieder öffnen", "Stichwahl"], before.FindAll(".ov-arrow-possible text").Select(t => t.TextContent));
        Assert.Equal(["Stichwahl"], after.FindAll(".ov-arrow-possible text").Select(t => t.TextContent));
        Assert.Equal("Themen wieder öffnen", after.Find(".ov-arrow-taken text").TextContent);
    }

    [Fact]
    public void An_early_close_is_drawn_as_a_jump_and_the_phases_it_passed_over_are_not_done()
    {
        var evening = new Evening();
        evening.AdvanceTo(Phase.CheckIn);
        evening.Move(PhaseTrigger.Close);

        var diagram = Render(evening);

        Assert.Equal("vorzeitig beendet: Check-in → Beendet", diagram.Find(".ov-arrow-taken title").TextContent);
        Assert.Equal(["Ankommen", "Willkommen", "Check-in"], Names(diagram, ".ov-phase-done"));
    }

    [Fact]
    public void The_diagram_speaks_english_when_the_console_does()
    {
        var evening = new Evening();
        evening.AdvanceTo(Phase.Welcome);
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en-GB");

        var diagram = Render(evening);

        Assert.Equal("Course of the assembly: now Welcome, 1 of 10 phases done", diagram.Find("svg").GetAttribute("aria-label"));
        Assert.Contains("Collecting topics", Names(diagram, ".ov-phase"));
    }

    private IRenderedComponent<PhaseDiagram> Render(Evening evening)
    {
        var view = evening.View;
        return Render<PhaseDiagram>(p => p
            .Add(d => d.Phases, view.Board.Phases)
            .Add(d => d.Current, view.Board.Phase)
            .Add(d => d.History, view.History));
    }

    private static List<string> Names(IRenderedComponent<PhaseDiagram> diagram, string selector) =>
        diagram.FindAll($"{selector} .ov-phase-name").Select(t => t.TextContent).ToList();
}
