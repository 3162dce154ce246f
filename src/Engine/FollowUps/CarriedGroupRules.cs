using System.Diagnostics.CodeAnalysis;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Groups;
using OffeneVersammlung.Engine.Rules;

namespace OffeneVersammlung.Engine.FollowUps;

/// <summary>The checks a carried group passes: the profile's own limits for name, problem and goals, and short steps and names.</summary>
internal static class CarriedGroupRules
{
    public static bool TryClean(CarriedGroup group, [NotNullWhen(true)] out CarriedGroup? clean, [NotNullWhen(false)] out Refusal? refusal)
    {
        clean = null;
        var steps = (group.Steps ?? []).Where(s => s is not null && !string.IsNullOrWhiteSpace(s.Text)).ToList();
        var members = (group.Members ?? []).Where(m => !string.IsNullOrWhiteSpace(m)).ToList();
        if (steps.Count > FollowUpLimits.MaxSteps || members.Count > FollowUpLimits.MaxMembers)
        {
            refusal = new Refusal(RefusalCode.ValueOutOfRange, steps.Count > FollowUpLimits.MaxSteps ? nameof(CarriedGroup.Steps) : nameof(CarriedGroup.Members));
            return false;
        }

        if (!TextRules.TryRequired(group.Name, TextLimits.GroupName, nameof(CarriedGroup.Name), out var name, out refusal)
            || !TextRules.TryOptional(group.Problem, TextLimits.ProfileField, nameof(CarriedGroup.Problem), out var problem, out refusal)
            || !GroupProfileRules.TryCleanGoals(group.Goals, out var goals, out refusal))
        {
            return false;
        }

        var cleanSteps = new List<CarriedStep>(steps.Count);
        foreach (var step in steps)
        {
            if (!TextRules.TryRequired(step.Text, FollowUpLimits.StepText, nameof(CarriedGroup.Steps), out var text, out refusal))
            {
                return false;
            }

            cleanSteps.Add(step with { Text = text });
        }

        var cleanMembers = new List<string>(members.Count);
        foreach (var member in members)
        {
            if (!TextRules.TryPseudonym(member, nameof(CarriedGroup.Members), out var pseudonym, out refusal))
            {
                return false;
            }

            cleanMembers.Add(pseudonym!);
        }

        clean = new CarriedGroup(group.GroupId, name, problem, goals, cleanSteps, cleanMembers);
        return true;
    }
}
