namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// Hears of every accepted change of every live assembly, in order, on the command path.
/// Implementations must hand the change on without waiting for slow receivers, and build the
/// views (<see cref="AssemblyChange.DescribeAsync"/>) only when they send them.
/// </summary>
public interface IAssemblyUpdateSink
{
    void Publish(AssemblyChange change);
    /// <summary>The assembly was deleted; nothing of it is left to show.</summary>
    void Publish(AssemblyDeleted deleted)
    {
    }
}
