using System.Diagnostics.CodeAnalysis;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.Groups;

internal static class GroupProfileRules
{
    public static bool TryClean(GroupProfile? profile, [NotNullWhen(true)] out GroupProfile? clean, [NotNullWhen(false)] out Refusal? refusal)
    {
        clean = null;
        if (profile is null)
        {
            refusal = new Refusal(RefusalCode.TextRequired, nameof(GroupProfile));
            return false;
        }

        if (!GroupProfileRules.TryCleanGoals(profile.Goals, out var cleanGoals, out refusal))
        {
            return false;
        }

        if (!TextRules.TryRequired(profile.Name, TextLimits.GroupName, nameof(GroupProfile.Name), out var name, out refusal)
            || !TextRules.TryOptional(profile.Problem, TextLimits.ProfileField, nameof(GroupProfile.Problem), out var problem, out refusal)
            || !TextRules.TryOptional(profile.Indicators, TextLimits.ProfileField, nameof(GroupProfile.Indicators), out var indicators, out refusal)
            || !TextRules.TryOptional(profile.FirstSteps, TextLimits.ProfileField, nameof(GroupProfile.FirstSteps), out var firstSteps, out refusal)
            || !TextRules.TryOptional(profile.NextMeetingPlace, TextLimits.Place, nameof(GroupProfile.NextMeetingPlace), out var place, out refusal)
            || !TextRules.TryOptional(profile.SupportNeeded, TextLimits.ProfileField, nameof(GroupProfile.SupportNeeded), out var support, out refusal)
            || !TextRules.TryOptional(profile.Contact, TextLimits.ProfileField, nameof(GroupProfile.Contact), out var contact, out refusal))
        {
            return false;
        }

        clean = new GroupProfile(name, problem, cleanGoals, indicators, firstSteps, profile.NextMeetingAt, place, support, contact);
        return true;
    }

    /// <summary>
    /// Goals as every profile keeps them (the evening's and the group space's): blank lines dropped, at most
    /// <see cref="TextLimits.MaxGoals"/>, each within its limit and trimmed.
    /// </summary>
    public static bool TryCleanGoals(IReadOnlyList<string>? goals, out List<string> clean, [NotNullWhen(false)] out Refusal? refusal)
    {
        var given = (goals ?? []).Where(g => !string.IsNullOrWhiteSpace(g)).ToList();
        clean = new List<string>(given.Count);
        if (given.Count > TextLimits.MaxGoals)
        {
            refusal = new Refusal(RefusalCode.TooManyGoals);
            return false;
        }

        foreach (var goal in given)
        {
            if (!TextRules.TryRequired(goal, TextLimits.ProfileGoal, nameof(GroupProfile.Goals), out var cleanGoal, out refusal))
            {
                return false;
            }

            clean.Add(cleanGoal);
        }

        refusal = null;
        return true;
    }
}
