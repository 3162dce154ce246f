using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Facilitator.Api;

/// <summary>
/// What the facilitator fills in to open an assembly: a template by id (or a whole template), the
/// announcement's title, place and time, the format, and optionally other dot and group rules.
/// </summary>
public sealed record CreateAssemblyRequest(
    string? TemplateId,
    AssemblyTemplate? Template,
    string? Title,
    string? Place,
    DateTimeOffset? StartsAt,
    AssemblyFormat? Format,
    int? DotsPerPerson,
    int? MaxDotsPerTopic,
    int? GroupMinSize,
    int? GroupMaxSize);
