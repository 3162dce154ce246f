using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Exports;
using OffeneVersammlung.Facilitator.Privacy;

namespace OffeneVersammlung.Facilitator.Hosting;

public static class ExportsAndRetentionRegistration
{
    /// <summary>Downloads, "delete now", and the sweeper that deletes assemblies after their retention days.</summary>
    public static IServiceCollection AddExportsAndRetention(this IServiceCollection services)
    {
        services.AddSingleton<AssemblyExports>();
        services.AddSingleton<AssemblyDeletion>();
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSweeper>());
        return services;
    }
}
