namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>Tells whoever started the app where to go, with the address phones in the room can reach.</summary>
public sealed partial class StartupBanner(IHostApplicationLifetime lifetime, PublicAddress address, DatabaseFile database, ILogger<StartupBanner> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        lifetime.ApplicationStarted.Register(() =>
        {
            var baseUrl = address.BaseUrl();
            LogReady(baseUrl, $"{baseUrl}/api/assemblies", database.Path);
        });
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Information, Message = "Offene Versammlung is running at {BaseUrl}: open it in a browser to start an assembly, or POST {CreateUrl} (data: {DatabasePath})")]
    private partial void LogReady(string baseUrl, string createUrl, string databasePath);
}
