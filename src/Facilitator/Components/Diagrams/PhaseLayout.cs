namespace OffeneVersammlung.Facilitator.Components.Diagrams;

/// <summary>The phase diagram laid out in its view box.</summary>
internal sealed record PhaseLayout(int Width, int Height, IReadOnlyList<PhaseBox> Boxes, IReadOnlyList<PhaseArrow> Arrows)
{
    public const int BoxWidth = 156;
    public const int BoxHeight = 60;
}
