using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// News that an assembly changed, without its views: building a board, a console with a row per
/// participant and the own views costs more than deciding a vote, so a receiver that sends views
/// less often than votes arrive asks for them only when it sends, and only for what it sends
/// (<see cref="DescribePublicAsync"/>, <see cref="DescribeConsoleAsync"/>). The views then show
/// the assembly as it is at that moment, which includes this change.
/// </summary>
public sealed class AssemblyChange(
    Guid assemblyId,
    long version,
    IReadOnlySet<Guid>? touched,
    Func<IReadOnlySet<Guid>?, Task<PublicUpdate?>> describePublic,
    Func<Task<FacilitatorView?>> describeConsole)
{
    public Guid AssemblyId { get; } = assemblyId;

    public long Version { get; } = version;

    /// <summary>The participants whose own view changed, or null for everyone's.</summary>
    public IReadOnlySet<Guid>? Touched { get; } = touched;

    /// <summary>The board and the touched own views as of now (at least <see cref="Version"/>); null when the assembly is no longer held.</summary>
    public Task<PublicUpdate?> DescribePublicAsync() => describePublic(Touched);

    /// <summary>The facilitator's console as of now; null when the assembly is no longer held.</summary>
    public Task<FacilitatorView?> DescribeConsoleAsync() => describeConsole();

    /// <summary>This change and a later one as one: the later version, and the own views that either touched.</summary>
    public AssemblyChange Then(AssemblyChange later)
    {
        ArgumentNullException.ThrowIfNull(later);
        IReadOnlySet<Guid>? touched = Touched is null || later.Touched is null ? null : new HashSet<Guid>([.. Touched, .. later.Touched]);
        return new AssemblyChange(AssemblyId, later.Version, touched, describePublic, describeConsole);
    }
}
