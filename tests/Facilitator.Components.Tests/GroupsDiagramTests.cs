using Blazor.Diagrams.Components;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Facilitator.Components.Diagrams;

namespace OffeneVersammlung.Facilitator.Components.Tests;

/// <summary>The console's groups map drawn by Blazor.Diagrams: the printed map's layout and words, with links.</summary>
public class GroupsDiagramTests : ScreenTestContext
{
    [Fact]
    public void Topics_groups_members_and_partners_are_boxes_linked_as_the_printed_map_places_them()
    {
        var evening = new Evening(Evening.Template(3, 6, groupsFromTop: 2));
        var amal = evening.Join("Amal");
        var chris = evening.Join("Chris");
        evening.AdvanceTo(Phase.TopicCollection);
        var bench = evening.SubmitTopic(amal, "Mehr Bänke am Platz");
        evening.SubmitTopic(amal, "Spielplatz reparieren");
        evening.AdvanceTo(Phase.DotVoting);
        evening.Dot(amal, bench);
        evening.Move(PhaseTrigger.Advance);
        evening.Reveal();
        evening.Move(PhaseTrigger.Advance);
        var groups = evening.SeedGroups();
        evening.JoinGroup(amal, groups[0]);
        evening.JoinGroup(chris, groups[0]);
        evening.Profile(groups[0], GroupProfile.Named("Bänke-Team") with { SupportNeeded = "Werkzeug", Contact = "lena.k@example.org" });

        var map = Render<GroupsDiagram>(p => p.Add(m => m.View, evening.View));

        var diagram = map.FindComponent<DiagramCanvas>().Instance.BlazorDiagram;
        var labels = map.FindAll(".map-node .map-node-label").Select(l => l.TextContent).ToList();
        Assert.Contains("Mehr Bänke am Platz", labels);
        Assert.Contains("Bänke-Team", labels);
        Assert.Contains("Amal", labels);
        Assert.Contains("Chris", labels);
        Assert.Contains("Gesucht: Werkzeug", labels);

        // Two topics to their groups, two members and one partner to the first group.
        Assert.Equal(5, diagram.Links.Count);
        Assert.All(diagram.Nodes, n => Assert.True(n.Locked));
        Assert.DoesNotContain("example.org", map.Markup);
    }
}
