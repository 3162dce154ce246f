namespace OffeneVersammlung.Contracts.Views;

/// <summary>
/// The clustering wall as the engine lays it out: every cluster an area, every visible topic a card,
/// the same for every console and the projector. Only the clustering phase's board carries it.
/// </summary>
public sealed record WallView(int Width, int Height, IReadOnlyList<WallArea> Areas, IReadOnlyList<WallCard> Cards);
