using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Participants;

/// <summary>The rule check-in and check-out share: in their phase, a mood on the scale and one word.</summary>
internal static class ShareMood
{
    public static Decision Decide(DecisionContext context, Phase phase, Guid participantId, Mood mood, string? word, Func<MoodWord, AssemblyEvent> happened)
    {
        if (context.State.FindParticipant(participantId) is not { } participant)
        {
            return Decision.Refuse(RefusalCode.UnknownParticipant);
        }

        if (!context.Actor.MaySpeakFor(participant))
        {
            return Decision.Refuse(RefusalCode.NotAllowedForRole);
        }

        if (context.State.Phase != phase)
        {
            return Decision.Refuse(RefusalCode.WrongPhase, context.State.Phase.ToString());
        }

        if (!Enum.IsDefined(mood))
        {
            return Decision.Refuse(RefusalCode.ValueOutOfRange, "Mood");
        }

        return TextRules.TrySingleWord(word, "Word", out var clean, out var refusal)
            ? Decision.Accept([happened(new MoodWord(mood, clean))])
            : refusal.AsDecision();
    }
}
