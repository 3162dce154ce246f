namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// Hears of every accepted change of every live assembly, in order, on the command path.
/// Implementations must hand the change on without waiting for slow receivers, and build the
/// views (<see cref="AssemblyChange.DescribePublicAsync"/>, <see cref="AssemblyChange.DescribeConsoleAsync"/>)
/// only when they send them. The host has one: the paced pipeline (<c>Updates/PacedViews</c>).
/// </summary>
public interface IAssemblyUpdateSink
{
    void Publish(AssemblyChange change);

    /// <summary>The assembly was deleted; nothing of it is left to show.</summary>
    void Publish(AssemblyDeleted deleted)
    {
    }
}
