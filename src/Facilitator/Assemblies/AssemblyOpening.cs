using OffeneVersammlung.Contracts;
using OffeneVersammlung.Engine.Assemblies;
using OffeneVersammlung.Engine.Demo;
using OffeneVersammlung.Engine.Rules;
using OffeneVersammlung.Engine.Templates;
using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// Opens an assembly: the engine creates it from the (adjusted) template, then its access record is
/// stored with a fresh join code and the hashes of two fresh secrets.
/// </summary>
public sealed partial class AssemblyOpening(LiveAssemblies assemblies, IAccessStore access, TimeProvider time, ILogger<AssemblyOpening> logger)
{
    private const int JoinCodeAttempts = 20;

    public async Task<AssemblyOpened> OpenAsync(
        AssemblyTemplate template, string? title, string? place, DateTimeOffset? startsAt, AssemblyFormat format, CancellationToken cancellationToken = default)
    {
        var assemblyId = Guid.NewGuid();
        var created = await assemblies.ExecuteAsync(
            assemblyId,
            new CreateAssembly(Guid.NewGuid(), assemblyId, title!, place, startsAt, format, template),
            Actor.Facilitator,
            cancellationToken);
        if (!created.IsAccepted)
        {
            return AssemblyOpened.Refused(created.Refusal!.Code, created.Refusal.Detail);
        }

        return await GrantAccessAsync(assemblyId, template.Id, cancellationToken);
    }

    /// <summary>
    /// Opens the scripted demo evening: its commands run through the engine like everyone's would,
    /// then the facilitator takes over where the script stops.
    /// </summary>
    public async Task<AssemblyOpened> OpenDemoAsync(DemoScript script, AssemblyTemplate template, CancellationToken cancellationToken = default)
    {
        var assemblyId = Guid.NewGuid();
        foreach (var (command, actor) in DemoPlayer.Commands(script, template, assemblyId, time.GetUtcNow()))
        {
            var outcome = await assemblies.ExecuteAsync(assemblyId, command, actor, cancellationToken);
            if (!outcome.IsAccepted)
            {
                return AssemblyOpened.Refused(outcome.Refusal!.Code, outcome.Refusal.Detail);
            }
        }

        return await GrantAccessAsync(assemblyId, template.Id, cancellationToken);
    }

    private async Task<AssemblyOpened> GrantAccessAsync(Guid assemblyId, string templateId, CancellationToken cancellationToken)
    {
        var facilitatorSecret = Secret.Create();
        var projectorSecret = Secret.Create();
        for (var attempt = 0; attempt < JoinCodeAttempts; attempt++)
        {
            var record = new AccessRecord(assemblyId, Secret.Hash(facilitatorSecret), Secret.Hash(projectorSecret), JoinCode.Create(), time.GetUtcNow());
            if (await access.TryAddAsync(record, cancellationToken))
            {
                LogOpened(assemblyId, templateId);
                return new AssemblyOpened(assemblyId, record.JoinCode, facilitatorSecret, projectorSecret, null);
            }
        }

        throw new InvalidOperationException("No free join code found.");
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Assembly {AssemblyId} opened from template {TemplateId}")]
    private partial void LogOpened(Guid assemblyId, string templateId);
}
