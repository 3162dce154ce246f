using System.Diagnostics.CodeAnalysis;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Topics;

namespace OffeneVersammlung.Engine.Recommendations;

/// <summary>What every recommendation command checks first: the facilitator asks, and the room has seen the results.</summary>
internal static class RecommendationRules
{
    /// <summary>A recommendation stands on the dots: before the main round is revealed there is nothing to recommend from.</summary>
    public static Decision? UnlessResultsShown(DecisionContext context) =>
        context.UnlessFacilitator()
        ?? (context.State.Votes.Rounds.Count > 0 && context.State.Votes.Rounds[0].IsRevealed ? null : Decision.Refuse(RefusalCode.VotesNotRevealed));

    /// <summary>Only a topic the room saw on the board can be recommended.</summary>
    public static Decision? UnlessShownTopic(AssemblyState state, Guid topicId) =>
        state.FindTopic(topicId) is not { } topic ? Decision.Refuse(RefusalCode.UnknownTopic)
        : topic.Visibility != TopicVisibility.Shown ? Decision.Refuse(RefusalCode.TopicNotVisible)
        : null;

    /// <summary>One sentence: required, on one line, short enough to read aloud.</summary>
    public static bool TrySentence(string? raw, out string sentence, [NotNullWhen(false)] out Refusal? refusal)
    {
        if (!TextRules.TryRequired(raw, TextLimits.RecommendationSentence, "sentence", out sentence, out refusal))
        {
            return false;
        }

        if (sentence.Contains('\n'))
        {
            refusal = new Refusal(RefusalCode.TextHasControlCharacters, "sentence");
            return false;
        }

        return true;
    }
}
