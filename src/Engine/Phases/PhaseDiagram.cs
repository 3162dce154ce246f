using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Phases;

/// <summary>The phase graph of a template, generated from the machine itself: as Mermaid text or as data.</summary>
public static class PhaseDiagram
{
    public static PhaseGraph Graph(AssemblyTemplate template)
    {
        var state = new AssemblyState();
        return new PhaseMachine(template, () => state).ToGraph();
    }

    /// <summary>
    /// The graph for the phases a board lists (Lobby and Closed included or not): the machine's
    /// wiring depends only on which phases a template runs, in which order.
    /// </summary>
    public static PhaseGraph Graph(IEnumerable<Phase> phases) =>
        Graph(AssemblyTemplate.Empty with { Phases = phases.Select(p => new PhasePlan(p, null, null)).ToList() });

    public static string Mermaid(AssemblyTemplate template)
    {
        var state = new AssemblyState();
        return new PhaseMachine(template, () => state).ToMermaid();
    }
}
