using Microsoft.Extensions.DependencyInjection.Extensions;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.Hosting;

public static class EventStoreRegistration
{
    /// <summary>
    /// The SQLite event store in the host's database file, and the snapshots beside the events in the same file
    /// (the container disposes both on shutdown).
    /// </summary>
    public static IServiceCollection AddEventStore(this IServiceCollection services)
    {
        services.TryAddSingleton<IEventStore>(sp => new SqliteEventStore(sp.GetRequiredService<DatabaseFile>().Path));
        services.TryAddSingleton<ISnapshotStore>(sp => new SqliteSnapshotStore(sp.GetRequiredService<DatabaseFile>().Path));
        return services;
    }
}
