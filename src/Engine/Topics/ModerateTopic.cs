using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Topics;

/// <summary>The facilitator shows a waiting topic, hides one from the board, or shows it again.</summary>
public sealed record ModerateTopic(Guid CommandId, Guid TopicId, TopicVisibility Visibility) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (!context.Actor.IsFacilitator)
        {
            return Refuse(RefusalCode.NotAllowedForRole);
        }

        if (state.FindTopic(TopicId) is not { } topic)
        {
            return Refuse(RefusalCode.UnknownTopic);
        }

        if (state.Phase == Phase.Closed)
        {
            return Refuse(RefusalCode.AssemblyClosed);
        }

        if (Visibility is not (TopicVisibility.Shown or TopicVisibility.Hidden) || topic.Visibility == Visibility)
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(Visibility));
        }

        return Accept(new TopicVisibilityChanged(TopicId, Visibility));
    }
}
