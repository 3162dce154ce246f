using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Groups;

/// <summary>The facilitator opens a group by hand, for a topic or for an idea that came up in the room.</summary>
public sealed record CreateProjectGroup(Guid CommandId, Guid GroupId, string Name, Guid? TopicId) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if ((context.UnlessFacilitator() ?? context.UnlessIn(Phase.ProjectGroups)) is { } refused)
        {
            return refused;
        }

        if (state.IsIdTaken(GroupId))
        {
            return Refuse(RefusalCode.DuplicateId, nameof(GroupId));
        }

        if (TopicId is { } topicId && state.FindTopic(topicId) is null)
        {
            return Refuse(RefusalCode.UnknownTopic);
        }

        return TextRules.TryRequired(Name, TextLimits.GroupName, nameof(Name), out var name, out var refusal)
            ? Accept(new ProjectGroupCreated(GroupId, TopicId, GroupProfile.Named(name)))
            : refusal.AsDecision();
    }
}
