using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>
/// Healthy when the store (the SQLite file, or PostgreSQL) answers for both what a command needs: the
/// events and the access records. The description names the store, and on failure which of the two failed.
/// </summary>
public sealed class DatabaseHealthCheck(IAccessStore access, AssemblyRepository events, IOptions<OffeneVersammlungOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var store = options.Value.Storage.ToString();
        var part = "events";
        try
        {
            await events.GetVersionAsync(Guid.Empty, cancellationToken);
            part = "access records";
            await access.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy(store);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or StoreUnavailableException
            or IOException or UnauthorizedAccessException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{store} unavailable: {part}", e);
        }
    }
}
