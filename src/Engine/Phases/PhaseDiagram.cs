using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Phases;

/// <summary>The phase graph of a template as a Mermaid state diagram, generated from the machine itself.</summary>
public static class PhaseDiagram
{
    public static string Mermaid(AssemblyTemplate template)
    {
        var state = new AssemblyState();
        return new PhaseMachine(template, () => state).ToMermaid();
    }
}
