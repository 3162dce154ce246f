using Microsoft.Extensions.Diagnostics.HealthChecks;
using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>Healthy when the SQLite file opens and answers.</summary>
public sealed class DatabaseHealthCheck(AccessStore access) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await access.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or IOException or UnauthorizedAccessException)
        {
            return HealthCheckResult.Unhealthy("database unavailable", e);
        }
    }
}
