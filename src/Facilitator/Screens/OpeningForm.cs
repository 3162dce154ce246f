using System.ComponentModel.DataAnnotations;
using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Phases;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>
/// What the facilitator fills in on the start page: a template as the starting point, then the
/// evening's own title, place, time, format, phases, timeboxes, dots and group sizes. The engine
/// checks the adjusted template when the assembly is created; this form only carries the choices.
/// </summary>
public sealed class OpeningForm
{
    private static readonly Phase[] Choosable =
        [Phase.Welcome, Phase.CheckIn, Phase.TopicCollection, Phase.Clustering, Phase.DotVoting, Phase.Results, Phase.Discussion, Phase.ProjectGroups, Phase.CheckOut];

    private AssemblyTemplate _template = AssemblyTemplate.Empty;

    [Required]
    public string Title { get; set; } = string.Empty;

    public string? Place { get; set; }

    public DateTime? StartsAt { get; set; }

    public AssemblyFormat Format { get; set; } = AssemblyFormat.InRoom;

    public List<PhaseChoice> Phases { get; } = [];

    public int DotsPerPerson { get; set; }

    public int MaxDotsPerTopic { get; set; }

    public int GroupMinSize { get; set; }

    public int GroupMaxSize { get; set; }

    /// <summary>The speakers' list's "wer noch nicht gesprochen hat, zuerst", as the template sets it.</summary>
    public bool FirstTimeSpeakersFirst { get; set; }

    public string? AdminToken { get; set; }

    public string TemplateId => _template.Id;

    /// <summary>Takes over a template's phases, timeboxes and rules; the title and place stay as typed.</summary>
    public void StartFrom(AssemblyTemplate template)
    {
        _template = template;
        Phases.Clear();
        foreach (var phase in Choosable)
        {
            var plan = template.PlanFor(phase);
            Phases.Add(new PhaseChoice(phase, plan is not null, plan?.TimeboxMinutes));
        }

        DotsPerPerson = template.Voting.DotsPerPerson;
        MaxDotsPerTopic = template.Voting.MaxDotsPerTopic;
        GroupMinSize = template.Groups.MinSize;
        GroupMaxSize = template.Groups.MaxSize;
        FirstTimeSpeakersFirst = template.FirstTimeSpeakersFirst;
    }

    /// <summary>The template as adjusted; prompts of phases the template did not have stay empty.</summary>
    public AssemblyTemplate ToTemplate() => _template with
    {
        Phases = Phases
            .Where(p => p.Included)
            .Select(p => new PhasePlan(p.Phase, p.TimeboxMinutes, _template.PlanFor(p.Phase)?.Prompt))
            .ToList(),
        Voting = new VotingRules(DotsPerPerson, MaxDotsPerTopic),
        Groups = _template.Groups with { MinSize = GroupMinSize, MaxSize = GroupMaxSize },
        FirstTimeSpeakersFirst = FirstTimeSpeakersFirst,
    };

    /// <summary>The typed local time, read in the server's time zone (the laptop in the room).</summary>
    public DateTimeOffset? StartsAtOffset(TimeZoneInfo zone) =>
        StartsAt is { } local ? new DateTimeOffset(local, zone.GetUtcOffset(local)) : null;
}
