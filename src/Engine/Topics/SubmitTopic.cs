using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Topics;

/// <summary>A participant brings a topic during topic collection. With moderation on, it waits for the facilitator.</summary>
public sealed record SubmitTopic(Guid CommandId, Guid TopicId, Guid ParticipantId, string Text, string? Category) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        var state = context.State;
        if (!context.TrySpeakFor(ParticipantId, out var author, out var refused))
        {
            return refused;
        }

        if (context.UnlessIn(Phase.TopicCollection) is { } wrongPhase)
        {
            return wrongPhase;
        }

        if (state.IsIdTaken(TopicId))
        {
            return Refuse(RefusalCode.DuplicateId, nameof(TopicId));
        }

        if (!TopicText.TryClean(Text, Category, out var text, out var category, out var refusal))
        {
            return refusal.AsDecision();
        }

        var visibility = state.Template.ModerateTopics && !context.Actor.IsFacilitator ? TopicVisibility.Pending : TopicVisibility.Shown;
        var source = author.Channel == Channel.Paper ? TopicSource.Paper : TopicSource.Phone;
        return Accept(new TopicSubmitted(TopicId, ParticipantId, text, category, source, visibility, context.Now));
    }
}
