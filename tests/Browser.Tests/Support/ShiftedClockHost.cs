using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// The real host whose clock a test moves forward by whole days ("next month"), while its timers keep running in real
/// time: the phone's pushes and the console's pacing go on as usual, only "now" is later.
/// </summary>
public sealed class ShiftedClockHost : HostFactory
{
    public ShiftedClock Clock { get; } = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }

    /// <summary>The system's time plus the days passed; timers stay the system's.</summary>
    public sealed class ShiftedClock : TimeProvider
    {
        private long _shiftTicks;

        public void Pass(TimeSpan time) => Interlocked.Add(ref _shiftTicks, time.Ticks);

        public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + TimeSpan.FromTicks(Interlocked.Read(ref _shiftTicks));
    }
}
