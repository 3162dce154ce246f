using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Engine.Templates;

public static class TemplateValidator
{
    /// <summary>The first rule the template breaks, or null when it is sound.</summary>
    public static string? FindProblem(AssemblyTemplate template)
    {
        var phases = template.Phases.Select(p => p.Phase).ToList();
        if (phases.Count == 0)
        {
            return "no phases";
        }

        if (phases.Contains(Phase.Lobby) || phases.Contains(Phase.Closed))
        {
            return "Lobby and Closed are implicit";
        }

        if (!phases.SequenceEqual(phases.Distinct().Order()))
        {
            return "phases must be unique and in order";
        }

        if (template.Voting.DotsPerPerson is < VotingRules.MinDots or > VotingRules.MaxDots
            || template.Voting.MaxDotsPerTopic < 1 || template.Voting.MaxDotsPerTopic > template.Voting.DotsPerPerson)
        {
            return "voting rules out of range";
        }

        if (template.Groups.MinSize < 1 || template.Groups.MinSize > template.Groups.MaxSize || template.Groups.MaxSize > 50)
        {
            return "group sizes out of range";
        }

        return null;
    }
}
