using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Topics;

/// <summary>
/// Authors may reword their own topic while topics are being collected; the facilitator may fix any
/// topic until the close (typos on paper cards, a clearer title after clustering).
/// </summary>
public sealed record EditTopic(Guid CommandId, Guid TopicId, string Text, string? Category) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (state.FindTopic(TopicId) is not { } topic)
        {
            return Refuse(RefusalCode.UnknownTopic);
        }

        if (!context.Actor.IsFacilitator)
        {
            if (topic.AuthorId is null || topic.AuthorId != context.Actor.ParticipantId)
            {
                return Refuse(RefusalCode.NotYourTopic);
            }

            if (state.Phase != Phase.TopicCollection)
            {
                return Refuse(RefusalCode.WrongPhase, state.Phase.ToString());
            }
        }

        return TopicText.TryClean(Text, Category, out var text, out var category, out var refusal)
            ? Accept(new TopicEdited(TopicId, text, category))
            : refusal.AsDecision();
    }
}
