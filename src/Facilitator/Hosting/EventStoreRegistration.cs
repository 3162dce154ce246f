using Microsoft.Extensions.DependencyInjection.Extensions;
using OffeneVersammlung.Engine.Storage;

namespace OffeneVersammlung.Facilitator.Hosting;

public static class EventStoreRegistration
{
    /// <summary>The SQLite event store in the host's database file.</summary>
    public static IServiceCollection AddEventStore(this IServiceCollection services)
    {
        services.TryAddSingleton<IEventStore>(_ => throw new InvalidOperationException("The SQLite event store is not merged yet."));
        return services;
    }
}
