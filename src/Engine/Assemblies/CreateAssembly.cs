using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Templates;

namespace OffeneVersammlung.Engine.Assemblies;

/// <summary>
/// Opens a new assembly from a template the facilitator may have adjusted (phases, timeboxes,
/// dot budget, group sizes). It waits in the lobby until the facilitator starts it.
/// </summary>
public sealed record CreateAssembly(
    Guid CommandId,
    Guid AssemblyId,
    string Title,
    string? Place,
    DateTimeOffset? StartsAt,
    AssemblyFormat Format,
    AssemblyTemplate Template) : AssemblyCommand(CommandId)
{
    internal override Decision Decide(DecisionContext context)
    {
        if (context.UnlessFacilitator() is { } refused)
        {
            return refused;
        }

        if (context.State.IsCreated)
        {
            return Refuse(RefusalCode.AssemblyAlreadyCreated);
        }

        if (!TextRules.TryRequired(Title, TextLimits.Title, nameof(Title), out var title, out var refusal)
            || !TextRules.TryOptional(Place, TextLimits.Place, nameof(Place), out var place, out refusal))
        {
            return refusal.AsDecision();
        }

        if (!Enum.IsDefined(Format))
        {
            return Refuse(RefusalCode.ValueOutOfRange, nameof(Format));
        }

        var problem = TemplateValidator.FindProblem(Template);
        return problem is not null
            ? Refuse(RefusalCode.InvalidTemplate, problem)
            : Accept(new AssemblyCreated(AssemblyId, title, place, StartsAt, Format, Template, context.Now));
    }
}
