using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.FollowUps;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Templates;

namespace OffeneVersammlung.Facilitator.FollowUps;

/// <summary>
/// "Folgetreffen anlegen": opens a new assembly from the template <see cref="TemplateId"/>, the way a new evening is
/// opened (fresh join code, fresh secret links), and carries the closed assembly's groups into it as one event. Only
/// the closed assembly's own facilitator may; the new one's links are theirs alone.
/// </summary>
public sealed class FollowUpOpening(IFollowUpSource source, ITemplateCatalog templates, AssemblyOpening opening, LiveAssemblies assemblies)
{
    public const string TemplateId = "folgetreffen";

    public async Task<AssemblyOpened> OpenAsync(ConnectionBinding? caller, Guid sourceAssemblyId, string title, CancellationToken cancellationToken = default)
    {
        if (caller is not { Role: ConnectionRole.Facilitator } || caller.AssemblyId != sourceAssemblyId)
        {
            return AssemblyOpened.Refused(RefusalCode.NotAllowedForRole, null);
        }

        if (templates.Find(TemplateId) is not { } template)
        {
            return AssemblyOpened.Refused(RefusalCode.InvalidTemplate, TemplateId);
        }

        if (await source.ReadAsync(sourceAssemblyId, cancellationToken) is not { } import)
        {
            return AssemblyOpened.Refused(RefusalCode.WrongPhase, nameof(Phase.Closed));
        }

        if (import.Groups.Count == 0)
        {
            return AssemblyOpened.Refused(RefusalCode.UnknownGroup, null);
        }

        var trimmed = title.Trim();
        var opened = await opening.OpenAsync(template, trimmed.Length > TextLimits.Title ? trimmed[..TextLimits.Title] : trimmed, import.Place, null, import.Format, cancellationToken);
        if (!opened.IsOpened)
        {
            return opened;
        }

        var carried = await assemblies.ExecuteAsync(opened.AssemblyId, new CarryOverGroups(Guid.NewGuid(), import.Origin, import.Groups), Actor.Facilitator, cancellationToken);
        return carried.IsAccepted ? opened : opened with { Refusal = carried.Refusal };
    }
}
