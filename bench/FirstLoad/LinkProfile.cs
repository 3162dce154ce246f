namespace OffeneVersammlung.Bench.FirstLoad;

/// <summary>A line between phones and the server, shaped by <see cref="SlowLink"/>, plus the phone's CPU slowdown (DevTools).</summary>
public sealed record LinkProfile(string Name, double DownBitsPerSecond, double UpBitsPerSecond, TimeSpan RoundTrip, double CpuSlowdown)
{
    /// <summary>Issue 12's old phone: "Fast 3G" as the figures say (1.6 Mbit/s down, 750 kbit/s up, 150 ms round trip), CPU 4× slower.</summary>
    public static LinkProfile Fast3G { get; } = new("Fast 3G (1.6/0.75 Mbit/s, 150 ms RTT), CPU 4x", 1.6e6, 0.75e6, TimeSpan.FromMilliseconds(150), 4);

    /// <summary>The same line with the phone's CPU at full speed: what of the Fast 3G figure is the network's.</summary>
    public static LinkProfile Fast3GFullCpu { get; } = new("Fast 3G (1.6/0.75 Mbit/s, 150 ms RTT), CPU 1x", 1.6e6, 0.75e6, TimeSpan.FromMilliseconds(150), 1);

    /// <summary>Loopback through the relay without shaping: what the app and the phone's CPU cost alone.</summary>
    public static LinkProfile None { get; } = new("unthrottled", double.PositiveInfinity, double.PositiveInfinity, TimeSpan.Zero, 1);

    /// <summary>
    /// One community centre's uplink for the whole room: 16 Mbit/s down, 2 Mbit/s up. The round trip
    /// is not in the issue; 40 ms is a DSL line to a server in the same country.
    /// </summary>
    public static LinkProfile Shared { get; } = new("shared 16/2 Mbit/s, 40 ms RTT", 16e6, 2e6, TimeSpan.FromMilliseconds(40), 1);
}
