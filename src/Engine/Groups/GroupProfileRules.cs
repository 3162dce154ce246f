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

        var goals = (profile.Goals ?? []).Where(g => !string.IsNullOrWhiteSpace(g)).ToList();
        if (goals.Count > TextLimits.MaxGoals)
        {
            refusal = new Refusal(RefusalCode.TooManyGoals);
            return false;
        }

        var cleanGoals = new List<string>(goals.Count);
        foreach (var goal in goals)
        {
            if (!TextRules.TryRequired(goal, TextLimits.ProfileGoal, nameof(GroupProfile.Goals), out var cleanGoal, out refusal))
            {
                return false;
            }

            cleanGoals.Add(cleanGoal);
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
}
