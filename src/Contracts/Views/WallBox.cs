namespace OffeneVersammlung.Contracts.Views;

/// <summary>A rectangle on the clustering wall, in whole wall pixels from its top-left corner.</summary>
public sealed record WallBox(int X, int Y, int Width, int Height)
{
    public bool Contains(int x, int y) => x >= X && x < X + Width && y >= Y && y < Y + Height;

    public int CenterX => X + (Width / 2);

    public int CenterY => Y + (Height / 2);
}
