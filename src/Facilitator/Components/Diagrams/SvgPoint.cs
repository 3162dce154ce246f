namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>A point in a diagram, in whole pixels of its view box.</summary>
internal readonly record struct SvgPoint(int X, int Y);
