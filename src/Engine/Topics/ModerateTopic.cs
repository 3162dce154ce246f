using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Topics;

/// <summary>The facilitator shows a waiting topic, hides one from the board, or shows it again.</summary>
public sealed record ModerateTopic(Guid CommandId, Guid TopicId, TopicVisibility Visibility) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        if (context.State.FindTopic(TopicId) is not { } topic)
        {
            return Refuse(RefusalCode.UnknownTopic);
        }

        return Visibility is not (TopicVisibility.Shown or TopicVisibility.Hidden) || topic.Visibility == Visibility
            ? Refuse(RefusalCode.ValueOutOfRange, nameof(Visibility))
            : Accept(new TopicVisibilityChanged(TopicId, Visibility));
    }
}
