using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace OffeneVersammlung.Testing;

/// <summary>
/// The host as it ships (Production: no detailed errors, the shipped log levels for the framework),
/// with every log entry captured, and the app's own categories at every level, Debug and Trace included.
/// </summary>
public class LoggedHost : HostFactory
{
    public CapturedLogs Logs { get; } = new();

    protected override void ConfigureHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.ConfigureLogging(logging => logging.AddProvider(Logs).AddFilter<CapturedLogs>("OffeneVersammlung", LogLevel.Trace));
    }
}
