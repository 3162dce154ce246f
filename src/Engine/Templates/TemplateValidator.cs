using System.Text.RegularExpressions;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Contracts.Languages;
using OffeneVersammlung.Engine.Phases;

namespace OffeneVersammlung.Engine.Templates;

/// <summary>The rules a template must keep so that every assembly made from it can run to the end.</summary>
public static partial class TemplateValidator
{
    public const int MinTimeboxMinutes = 1;
    public const int MaxTimeboxMinutes = 240;
    public const int MinGroupSize = 1;
    public const int MaxGroupSize = 50;
    public const int MaxGroupsFromTopTopics = 20;

    /// <summary>The first rule the template breaks, or null when it is sound.</summary>
    public static string? FindProblem(AssemblyTemplate template)
    {
        if (template.Phases is null || template.Voting is null || template.Groups is null || template.Name is null || template.Description is null)
        {
            return "name, description, phases, voting and groups are required";
        }

        if (!IdPattern().IsMatch(template.Id ?? string.Empty))
        {
            return "id must be lowercase kebab-case";
        }

        var phases = template.Phases.Select(p => p.Phase).ToList();
        return phases switch
        {
            [] => "at least one phase is needed",
            _ when phases.Any(p => p is Phase.Lobby or Phase.Closed || !Enum.IsDefined(p)) => "Lobby and Closed are implicit; only the phases between them are listed",
            _ when !phases.SequenceEqual(phases.Distinct().OrderBy(PhaseOrder.RankOf)) => "phases must be unique and in their natural order",
            _ when template.Phases.Any(p => p.TimeboxMinutes is < MinTimeboxMinutes or > MaxTimeboxMinutes) => $"timeboxes are {MinTimeboxMinutes} to {MaxTimeboxMinutes} minutes, or none",
            _ when phases.Contains(Phase.Clustering) && !phases.Contains(Phase.TopicCollection) => "clustering needs topic collection",
            _ when phases.Contains(Phase.DotVoting) && !phases.Contains(Phase.TopicCollection) => "dot voting needs topic collection",
            _ when phases.Contains(Phase.Results) && !phases.Contains(Phase.DotVoting) => "results need dot voting",
            _ => TextsProblem(template) ?? RulesProblem(template),
        };
    }

    /// <summary>
    /// Every text has a German one, which every other language falls back to, and is written only in
    /// languages the tool knows: a tag it does not know would never be shown, so it is a typo.
    /// </summary>
    private static string? TextsProblem(AssemblyTemplate template)
    {
        var texts = new List<(string Where, LocalizedText? Text)> { ("name", template.Name), ("description", template.Description) };
        texts.AddRange(template.Phases.Select(p => ($"the prompt of {p.Phase}", p.Prompt)));
        foreach (var (where, text) in texts)
        {
            if (text is null)
            {
                continue;
            }

            if (text.Texts.Keys.FirstOrDefault(tag => !UiLanguages.IsRegistered(tag)) is { } unknown)
            {
                return $"{where} is written in \"{unknown}\", which is not a language of the tool ({string.Join(", ", UiLanguages.All.Select(l => l.Tag))})";
            }

            if (!text.Texts.TryGetValue(UiLanguages.Default.Tag, out var german) || string.IsNullOrWhiteSpace(german))
            {
                return $"{where} needs a text in {UiLanguages.Default.NativeName} (\"{UiLanguages.Default.Tag}\"), which every other language falls back to";
            }
        }

        return null;
    }

    private static string? RulesProblem(AssemblyTemplate template)
    {
        var voting = template.Voting;
        if (voting.DotsPerPerson is < VotingRules.MinDots or > VotingRules.MaxDots)
        {
            return $"dots per person are {VotingRules.MinDots} to {VotingRules.MaxDots}";
        }

        if (voting.MaxDotsPerTopic < VotingRules.MinDots || voting.MaxDotsPerTopic > voting.DotsPerPerson)
        {
            return "the cap per topic is 1 to the dots per person";
        }

        var groups = template.Groups;
        if (groups.MinSize < MinGroupSize || groups.MinSize > groups.MaxSize || groups.MaxSize > MaxGroupSize)
        {
            return $"group sizes need {MinGroupSize} <= min <= max <= {MaxGroupSize}";
        }

        return groups.GroupsFromTopTopics is < 1 or > MaxGroupsFromTopTopics
            ? $"groups from top topics are 1 to {MaxGroupsFromTopTopics}"
            : null;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex IdPattern();
}
