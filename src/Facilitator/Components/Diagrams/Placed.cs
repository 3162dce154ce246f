namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>Something drawn as a box, with its top-left corner in the view box.</summary>
internal sealed record Placed<T>(T Item, int X, int Y);
