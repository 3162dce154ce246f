using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Npgsql;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.GroupSpaces;

namespace OffeneVersammlung.Facilitator.Hosting;

public static class EventStoreRegistration
{
    /// <summary>The name of the connection string <see cref="StorageKind.PostgreSQL"/> uses.</summary>
    public const string PostgresConnectionName = "PostgreSQL";

    /// <summary>
    /// The event store the options name: the SQLite store in the host's database file, or the PostgreSQL store on
    /// one pooled data source, with the snapshots beside the events in the same store (the container disposes them on shutdown).
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
        services.TryAddSingleton<IEventStore>(sp => IsPostgres(sp)
            ? new PostgresEventStore(sp.GetRequiredService<NpgsqlDataSource>())
            : new SqliteEventStore(sp.GetRequiredService<DatabaseFile>().Path));
        services.TryAddSingleton<ISnapshotStore>(sp => IsPostgres(sp)
            ? new PostgresSnapshotStore(sp.GetRequiredService<NpgsqlDataSource>())
            : new SqliteSnapshotStore(sp.GetRequiredService<DatabaseFile>().Path));
        return services;
    }

    /// <summary>The host's own tables (access records, announcement links, group space links) in the store the same setting names.</summary>
    public static IServiceCollection AddHostTables(this IServiceCollection services)
    {
        services.TryAddSingleton<IAccessStore>(sp => IsPostgres(sp)
            ? new PostgresAccessStore(sp.GetRequiredService<NpgsqlDataSource>())
            : new SqliteAccessStore(sp.GetRequiredService<DatabaseFile>()));
        services.TryAddSingleton<IAnnouncementLinks>(sp => IsPostgres(sp)
            ? new PostgresAnnouncementLinks(sp.GetRequiredService<NpgsqlDataSource>())
            : new SqliteAnnouncementLinks(sp.GetRequiredService<DatabaseFile>()));
        services.TryAddSingleton<IGroupSpaceLinks>(sp => IsPostgres(sp)
            ? new PostgresGroupSpaceLinks(sp.GetRequiredService<NpgsqlDataSource>())
            : new SqliteGroupSpaceLinks(sp.GetRequiredService<DatabaseFile>()));
        return services;
    }

    private static bool IsPostgres(IServiceProvider services) =>
        services.GetRequiredService<IOptions<OffeneVersammlungOptions>>().Value.Storage == StorageKind.PostgreSQL;
}
