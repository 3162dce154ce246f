using System.Diagnostics.CodeAnalysis;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.GroupSpaces;

/// <summary>A profile as the space keeps it: a name, at most three goals, every text within its limit and trimmed.</summary>
internal static class SpaceProfileRules
{
    public static bool TryClean(SpaceProfile? profile, [NotNullWhen(true)] out SpaceProfile? clean, [NotNullWhen(false)] out Refusal? refusal)
    {
        clean = null;
        if (profile is null)
        {
            refusal = new Refusal(RefusalCode.TextRequired, nameof(SpaceProfile));
            return false;
        }

        if (!GroupProfileRules.TryCleanGoals(profile.Goals, out var cleanGoals, out refusal))
        {
            return false;
        }

        if (!TextRules.TryRequired(profile.Name, TextLimits.GroupName, nameof(SpaceProfile.Name), out var name, out refusal)
            || !TextRules.TryOptional(profile.Problem, TextLimits.ProfileField, nameof(SpaceProfile.Problem), out var problem, out refusal)
            || !TextRules.TryOptional(profile.Indicators, TextLimits.ProfileField, nameof(SpaceProfile.Indicators), out var indicators, out refusal)
            || !TextRules.TryOptional(profile.Status, TextLimits.ProfileField, nameof(SpaceProfile.Status), out var status, out refusal)
            || !TextRules.TryOptional(profile.Partners, TextLimits.ProfileField, nameof(SpaceProfile.Partners), out var partners, out refusal)
            || !TextRules.TryOptional(profile.SupportNeeded, TextLimits.ProfileField, nameof(SpaceProfile.SupportNeeded), out var support, out refusal)
            || !TextRules.TryOptional(profile.OpenQuestions, TextLimits.ProfileField, nameof(SpaceProfile.OpenQuestions), out var questions, out refusal))
        {
            return false;
        }

        clean = new SpaceProfile(name, problem, cleanGoals, indicators, status, partners, support, questions);
        return true;
    }
}
