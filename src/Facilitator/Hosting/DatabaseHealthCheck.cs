using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Facilitator.Access;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>Healthy when the store (the SQLite file, or PostgreSQL) answers; the description names which.</summary>
public sealed class DatabaseHealthCheck(IAccessStore access, IOptions<OffeneVersammlungOptions> options) : IHealthCheck
{
    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var store = options.Value.Storage.ToString();
        try
        {
            await access.PingAsync(cancellationToken);
            return HealthCheckResult.Healthy(store);
        }
        catch (Exception e) when (e is Microsoft.Data.Sqlite.SqliteException or Npgsql.NpgsqlException or IOException or UnauthorizedAccessException or TimeoutException)
        {
            return HealthCheckResult.Unhealthy($"{store} unavailable", e);
        }
    }
}
