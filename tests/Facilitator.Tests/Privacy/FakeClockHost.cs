using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests.Privacy;

/// <summary>The real host on its own SQLite file, with a clock the test moves by hand.</summary>
public sealed class FakeClockHost(TimeSpan? firstSweepAfter = null) : HostFactory
{
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 26, 18, 0, 0, TimeSpan.Zero));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        if (firstSweepAfter is { } after)
        {
            builder.UseSetting("OffeneVersammlung:FirstSweepAfter", after.ToString("c", System.Globalization.CultureInfo.InvariantCulture));
        }

        builder.ConfigureTestServices(services => services.AddSingleton<TimeProvider>(Clock));
    }
}
