namespace OffeneVersammlung.Contracts;

/// <summary>
/// The clustering wall's coordinate space, in wall pixels (the console zooms, the wall does not): big
/// enough for 150 cards and a dozen areas with room between, small enough that a number off by a
/// thousandfold is refused instead of throwing a card out of sight.
/// </summary>
public static class WallLimits
{
    public const int Extent = 20_000;

    /// <summary>The band at the top of an area that holds its label; its cards sit below it.</summary>
    public const int AreaHeader = 64;
}
