using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Voting;

namespace OffeneVersammlung.Engine.Groups;

/// <summary>
/// Opens one group for each of the top topics (as many as the template says), named after the
/// topic. Topics that already have a group are passed over, so seeding twice adds the next ones.
/// </summary>
public sealed record SeedProjectGroups(Guid CommandId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if ((context.UnlessFacilitator() ?? context.UnlessIn(Phase.ProjectGroups)) is { } refused)
        {
            return refused;
        }

        var taken = state.Groups.Select(g => g.TopicId).ToHashSet();
        var events = Ranking.Of(state)
            .Where(r => !taken.Contains(r.TopicId))
            .Take(state.Template.Groups.GroupsFromTopTopics)
            .Select((r, i) => (AssemblyEvent)new ProjectGroupCreated(DerivedId.From(CommandId, i), r.TopicId, GroupProfile.Named(state.FindTopic(r.TopicId)!.Text)))
            .ToArray();
        return events.Length == 0 ? Refuse(RefusalCode.NoTopicsForGroups) : Accept(events);
    }
}
