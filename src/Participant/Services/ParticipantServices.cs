using Microsoft.Extensions.DependencyInjection;

namespace OffeneVersammlung.Participant.Services;

public static class ParticipantServices
{
    /// <summary>The phone app's services; the host registers them too, so its pages prerender.</summary>
    public static IServiceCollection AddParticipantApp(this IServiceCollection services)
    {
        services.AddScoped<BrowserStorage>();
        services.AddScoped<DeviceTokenStore>();
        services.AddScoped<CommandQueue>();
        services.AddScoped<LanguagePreference>();
        services.AddScoped<UiText>();
        services.AddScoped<Notices>();
        services.AddScoped<NetworkWatch>();
        services.AddScoped<AssemblyConnection>();
        return services;
    }
}
