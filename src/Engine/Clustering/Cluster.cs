namespace OffeneVersammlung.Engine.Clustering;

/// <summary>A named heap of related topics on the wall.</summary>
public sealed class Cluster(Guid id, int number, string label)
{
    public Guid Id { get; } = id;

    public int Number { get; } = number;

    public string Label { get; internal set; } = label;

    /// <summary>Where a facilitator moved its area; null while it sits where the wall's layout puts it.</summary>
    public WallSpot? Spot { get; internal set; }
}
