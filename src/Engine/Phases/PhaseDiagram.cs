using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Phases;

/// <summary>The phase graph of a template as a Mermaid state diagram, generated from the machine itself.</summary>
public static class PhaseDiagram
{
    internal static AssemblyTemplate Empty { get; } = new(
        "empty", new LocalizedText("", ""), new LocalizedText("", ""), [], new VotingRules(1, 1), new GroupRules(1, 1, 1), false);

    public static string Mermaid(AssemblyTemplate template)
    {
        var state = new AssemblyState();
        return new PhaseMachine(template, () => state).ToMermaid();
    }
}
