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
        if (state.FindParticipant(ParticipantId) is not { } author)
        {
            return Refuse(RefusalCode.UnknownParticipant);
        }

        if (!context.Actor.MaySpeakFor(author))
        {
            return Refuse(RefusalCode.NotAllowedForRole);
        }

        if (state.Phase != Phase.TopicCollection)
        {
            return Refuse(RefusalCode.WrongPhase, state.Phase.ToString());
        }

        if (state.IsIdTaken(TopicId))
        {
            return Refuse(RefusalCode.DuplicateId, nameof(TopicId));
        }

        if (!TopicText.TryClean(Text, Category, out var text, out var category, out var refusal))
        {
            return Decision.Refuse(refusal.Code, refusal.Detail);
        }

        var visibility = state.Template.ModerateTopics && !context.Actor.IsFacilitator ? TopicVisibility.Pending : TopicVisibility.Shown;
        var source = author.Channel == Participants.Channel.Paper ? TopicSource.Paper : TopicSource.Phone;
        return Accept(new TopicSubmitted(TopicId, ParticipantId, text, category, source, visibility, context.Now));
    }
}
