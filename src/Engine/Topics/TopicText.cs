using System.Diagnostics.CodeAnalysis;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Topics;

/// <summary>The checks every topic text and category pass, whoever types them.</summary>
internal static class TopicText
{
    public static bool TryClean(string? text, string? category, out string cleanText, out string? cleanCategory, [NotNullWhen(false)] out Refusal? refusal)
    {
        cleanCategory = null;
        return TextRules.TryRequired(text, TextLimits.Topic, "Text", out cleanText, out refusal)
            && TextRules.TryOptional(category, TextLimits.Category, "Category", out cleanCategory, out refusal);
    }
}
