using OffeneVersammlung.Engine.Privacy;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.GroupSpaces;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// Deletes an assembly for real: its access record (join code and secret links stop working), every
/// event row, and the aggregate in memory; then screens and connected phones are told it is gone.
/// </summary>
public sealed partial class AssemblyDeletion(
    LiveAssemblies assemblies, AssemblyRepository repository, IAccessStore access, IAnnouncementLinks announcements, IGroupSpaceLinks groupSpaces, ILogger<AssemblyDeletion> logger)
{
    /// <summary>"Delete now": the facilitator confirmed it. Deleting an assembly that does not exist does nothing.</summary>
    public async Task DeleteAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        await assemblies.EraseAsync(assemblyId, (_, _) => true, ct => EraseStoredAsync(assemblyId, ct), cancellationToken);
        LogDeleted(assemblyId, "on request");
    }

    /// <summary>Deletes the assembly only if its retention has run out, checked while no command can change it.</summary>
    public async Task<bool> DeleteIfExpiredAsync(Guid assemblyId, CancellationToken cancellationToken = default)
    {
        var deleted = await assemblies.EraseAsync(
            assemblyId, (assembly, now) => Retention.HasExpired(assembly.State, now), ct => EraseStoredAsync(assemblyId, ct), cancellationToken);
        if (deleted)
        {
            LogDeleted(assemblyId, "after its retention time");
        }

        return deleted;
    }

    // Access first: from here on nobody is let in, even if removing the events fails and is retried.
    private async Task EraseStoredAsync(Guid assemblyId, CancellationToken cancellationToken)
    {
        await access.DeleteAsync(assemblyId, cancellationToken);
        await announcements.DeleteAsync(assemblyId, cancellationToken);
        // The groups' spaces live on (decision 0018); only the note of who in this assembly became which member goes.
        await groupSpaces.ForgetAssemblyAsync(assemblyId, cancellationToken);
        await repository.DeleteAsync(assemblyId, cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Assembly {AssemblyId} deleted {Reason}")]
    private partial void LogDeleted(Guid assemblyId, string reason);
}
