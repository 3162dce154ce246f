using System.Net;
using Microsoft.Data.Sqlite;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Facilitator.Tests;

/// <summary>What <c>/health</c> and <c>/health/live</c> say when part of the store is gone.</summary>
public sealed class HealthTests
{
    [Fact]
    public async Task Health_is_unhealthy_when_the_events_cannot_be_read_though_the_access_records_can_and_liveness_stays_healthy()
    {
        using var host = new HostFactory();
        await AssemblyApi.CreateAsync(host);
        using var http = host.CreateHttpClient();
        Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("health")).StatusCode);

        await using (var connection = new SqliteConnection($"Data Source={host.DatabasePath}"))
        {
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = "DROP TABLE events";
            await drop.ExecuteNonQueryAsync();
        }

        using var health = await http.GetAsync("health");
        using var live = await http.GetAsync("health/live");

        Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        Assert.Equal("Unhealthy\ndatabase: Unhealthy (Sqlite unavailable: events)", await health.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);
        Assert.Equal("Healthy", await live.Content.ReadAsStringAsync());
    }
}
