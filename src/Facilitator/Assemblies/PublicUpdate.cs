using OffeneVersammlung.Contracts.Views;
using OffeneVersammlung.Engine.Views;

namespace OffeneVersammlung.Facilitator.Assemblies;

/// <summary>What the room sees after a change: the board, and the own views of the participants it touched.</summary>
public sealed record PublicUpdate(Guid AssemblyId, long Version, PublicBoard Board, IReadOnlyDictionary<Guid, OwnView> OwnViews);
