using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>
/// Every audience's view after an accepted command, each whole and carrying the version. Only the
/// participants whose own part changed have an entry in <see cref="OwnViews"/>.
/// </summary>
public sealed record AssemblyUpdate(
    Guid AssemblyId,
    long Version,
    PublicBoard Board,
    FacilitatorView Facilitator,
    IReadOnlyDictionary<Guid, OwnView> OwnViews);
