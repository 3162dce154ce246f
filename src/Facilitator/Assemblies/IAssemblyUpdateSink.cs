namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// Receives every update of every live assembly, in order, on the command path. Implementations
/// must hand the update on without waiting for slow receivers.
/// </summary>
public interface IAssemblyUpdateSink
{
    void Publish(AssemblyUpdate update);

    /// <summary>The assembly was deleted; nothing of it is left to show.</summary>
    void Publish(AssemblyDeleted deleted)
    {
    }
}
