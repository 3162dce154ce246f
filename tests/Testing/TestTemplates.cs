using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Testing;

public static class TestTemplates
{
    /// <summary>Every phase, a timebox on check-in, three dots with at most two per topic, groups of one to ten.</summary>
    public static AssemblyTemplate Full { get; } = new(
        "test-full",
        new LocalizedText("Offene Versammlung (Test)", "Open Assembly (test)"),
        new LocalizedText("Alle Phasen", "All phases"),
        [
            new PhasePlan(Phase.Welcome, null, new LocalizedText("Willkommen", "Welcome")),
            new PhasePlan(Phase.CheckIn, 5, null),
            new PhasePlan(Phase.TopicCollection, 15, null),
            new PhasePlan(Phase.Clustering, null, null),
            new PhasePlan(Phase.DotVoting, 5, null),
            new PhasePlan(Phase.Results, null, null),
            new PhasePlan(Phase.ProjectGroups, 30, null),
            new PhasePlan(Phase.CheckOut, null, null),
        ],
        new VotingRules(3, 2),
        new GroupRules(1, 10, 3),
        ModerateTopics: false);
}
