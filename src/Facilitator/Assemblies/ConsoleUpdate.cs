using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>What the facilitator sees after a change: the console, a row per participant.</summary>
public sealed record ConsoleUpdate(Guid AssemblyId, FacilitatorView View);
