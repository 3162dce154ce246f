using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Tests.Support;

internal static class TestTemplates
{
    public static AssemblyTemplate Full(int dots = 5, int maxPerTopic = 3, int groupMax = 6, int groupsFromTop = 3, bool moderate = false) => new(
        "test-full",
        new LocalizedText("Test", "Test"),
        new LocalizedText("Alle Phasen", "All phases"),
        [
            new PhasePlan(Phase.Welcome, 5, new LocalizedText("Willkommen", "Welcome")),
            new PhasePlan(Phase.CheckIn, 10, null),
            new PhasePlan(Phase.TopicCollection, 15, null),
            new PhasePlan(Phase.Clustering, 10, null),
            new PhasePlan(Phase.DotVoting, 5, null),
            new PhasePlan(Phase.Results, null, null),
            new PhasePlan(Phase.ProjectGroups, 30, null),
            new PhasePlan(Phase.CheckOut, 10, null),
        ],
        new VotingRules(dots, maxPerTopic),
        new GroupRules(2, groupMax, groupsFromTop),
        moderate);

    /// <summary>An evening of stories: no voting, no groups.</summary>
    public static AssemblyTemplate StoryEvening() => Full() with
    {
        Id = "test-stories",
        Phases =
        [
            new PhasePlan(Phase.Welcome, 5, null),
            new PhasePlan(Phase.CheckIn, 10, null),
            new PhasePlan(Phase.TopicCollection, 40, null),
            new PhasePlan(Phase.CheckOut, 10, null),
        ],
    };
}
