using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Engine.Timers;

namespace OffeneVersammlung.Facilitator.Templates;

/// <summary>
/// Checks that a template that came in as JSON has all its parts: the engine's validator checks the
/// rules (a German text in every text among them), but expects the parts to be there.
/// </summary>
public static class TemplateShape
{
    public static string? FindMissingPart(AssemblyTemplate template) =>
        string.IsNullOrWhiteSpace(template.Id) ? nameof(template.Id)
        : template.Name is null ? nameof(template.Name)
        : template.Description is null ? nameof(template.Description)
        : template.Phases is null || template.Phases.Any(p => p is null || p.TimeboxMinutes is < 0 or > TimerLimits.MaxSeconds / 60)
            ? nameof(template.Phases)
        : template.Voting is null ? nameof(template.Voting)
        : template.Groups is null ? nameof(template.Groups)
        : null;
}
