namespace OffeneVersammlung.Engine.Clustering;

/// <summary>A top-left corner on the wall that a facilitator chose by hand.</summary>
public readonly record struct WallSpot(int X, int Y);
