using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Tests.Support;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Engine.Tests.Phases;

public class PhaseGraphTests
{
    [Fact]
    public void The_phase_graph_lists_the_template_phases_between_lobby_and_close()
    {
        var graph = PhaseDiagram.Graph(TestTemplates.StoryEvening());

        Assert.Equal([Phase.Lobby, Phase.Welcome, Phase.CheckIn, Phase.TopicCollection, Phase.CheckOut, Phase.Closed], graph.Phases);
        Assert.DoesNotContain(graph.Edges, e => e.From == Phase.DotVoting || e.To == Phase.DotVoting);
    }

    [Fact]
    public void The_phase_graph_holds_the_machine_moves_forward_back_and_the_shortcuts()
    {
        var graph = PhaseDiagram.Graph(TestTemplates.Full());

        Assert.Contains(new PhaseEdge(Phase.TopicCollection, Phase.Clustering, PhaseTrigger.Advance), graph.Edges);
        Assert.Contains(new PhaseEdge(Phase.Clustering, Phase.TopicCollection, PhaseTrigger.StepBack), graph.Edges);
        Assert.Contains(new PhaseEdge(Phase.DotVoting, Phase.TopicCollection, PhaseTrigger.ReopenTopicCollection), graph.Edges);
        Assert.Contains(new PhaseEdge(Phase.Results, Phase.DotVoting, PhaseTrigger.RunOff), graph.Edges);
        Assert.Contains(new PhaseEdge(Phase.Welcome, Phase.Closed, PhaseTrigger.Close), graph.Edges);
        Assert.DoesNotContain(graph.Edges, e => e.From == Phase.Lobby && e.Trigger == PhaseTrigger.StepBack);
        Assert.DoesNotContain(graph.Edges, e => e.From == Phase.Closed);
    }

    [Fact]
    public void The_graph_for_a_boards_phase_list_matches_the_graph_of_its_template()
    {
        var template = TestTemplates.Full();
        var driver = new AssemblyDriver(template);
        var boardPhases = driver.Assembly.FacilitatorView(driver.Now).Board.Phases;

        var fromBoard = PhaseDiagram.Graph(boardPhases);
        var fromTemplate = PhaseDiagram.Graph(template);

        Assert.Equal(fromTemplate.Phases, fromBoard.Phases);
        Assert.Equal(fromTemplate.Edges, fromBoard.Edges);
    }
}
