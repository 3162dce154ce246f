namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// News that an assembly changed, without its views: building a board, a console with a row per
/// participant and the own views costs more than deciding a vote, so a receiver that sends views
/// less often than votes arrive asks for them (<see cref="DescribeAsync"/>) only when it sends.
/// The views then show the assembly as it is at that moment, which includes this change.
/// </summary>
public sealed class AssemblyChange(Guid assemblyId, long version, IReadOnlySet<Guid>? touched, Func<IReadOnlySet<Guid>?, Task<AssemblyUpdate?>> describe)
{
    private readonly Func<IReadOnlySet<Guid>?, Task<AssemblyUpdate?>> _describe = describe;

    public Guid AssemblyId { get; } = assemblyId;

    public long Version { get; } = version;

    /// <summary>The participants whose own view changed, or null for everyone's.</summary>
    public IReadOnlySet<Guid>? Touched { get; } = touched;

    /// <summary>Every audience's view as of now (at least <see cref="Version"/>); null when the assembly is no longer held.</summary>
    public Task<AssemblyUpdate?> DescribeAsync() => _describe(Touched);

    /// <summary>This change and a later one as one: the later version, and the own views that either touched.</summary>
    public AssemblyChange Then(AssemblyChange later)
    {
        ArgumentNullException.ThrowIfNull(later);
        IReadOnlySet<Guid>? touched = Touched is null || later.Touched is null ? null : new HashSet<Guid>([.. Touched, .. later.Touched]);
        return new AssemblyChange(AssemblyId, later.Version, touched, later._describe);
    }
}
