namespace OffeneVersammlung.Engine.Clustering;

/// <summary>A named heap of related topics on the wall.</summary>
public sealed class Cluster(Guid id, int number, string label)
{
    public Guid Id { get; } = id;

    public int Number { get; } = number;

    public string Label { get; internal set; } = label;
}
