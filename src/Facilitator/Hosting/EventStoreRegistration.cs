using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.Hosting;

public static class EventStoreRegistration
{
    /// <summary>The name of the connection string <see cref="StorageKind.PostgreSQL"/> uses.</summary>
    public const string PostgresConnectionName = "PostgreSQL";

    /// <summary>
    /// The event store the options name: the SQLite store in the host's database file, or the PostgreSQL store on
    /// one pooled data source (the container disposes either on shutdown).
    /// </summary>
    public static IServiceCollection AddEventStore(this IServiceCollection services)
    {
        services.TryAddSingleton(sp =>
        {
            var connectionString = sp.GetRequiredService<IConfiguration>().GetConnectionString(PostgresConnectionName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    $"OffeneVersammlung:Storage is PostgreSQL but ConnectionStrings:{PostgresConnectionName} is not set (e.g. \"Host=127.0.0.1;Database=versammlung;Username=versammlung;Password=…\").");
            }

            return NpgsqlDataSource.Create(connectionString);
        });
        services.TryAddSingleton<IEventStore>(sp => sp.GetRequiredService<IOptions<OffeneVersammlungOptions>>().Value.Storage switch
        {
            StorageKind.PostgreSQL => new PostgresEventStore(sp.GetRequiredService<NpgsqlDataSource>()),
            _ => new SqliteEventStore(sp.GetRequiredService<DatabaseFile>().Path),
        });
        return services;
    }
}
