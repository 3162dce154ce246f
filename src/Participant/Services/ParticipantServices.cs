using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Localization;
using OffeneVersammlung.Participant.Resources;

namespace OffeneVersammlung.Participant.Services;

public static class ParticipantServices
{
    /// <summary>
    /// The phone app's services; the host registers them too, so its pages prerender and its circuits
    /// run them. The line is the hub's unless the host registered its own (the in-process line of a
    /// server-mode phone) before.
    /// </summary>
    public static IServiceCollection AddParticipantApp(this IServiceCollection services)
    {
        services.AddScoped<BrowserStorage>();
        services.AddScoped<DeviceTokenStore>();
        services.AddScoped<CommandQueue>();
        services.AddScoped<LanguagePreference>();
        // The phone's own localizers (by its chosen language, not the request's culture) win over the
        // host's open IStringLocalizer<> for these two sets.
        services.AddScoped<LanguageTexts<Texts>>();
        services.AddScoped<IStringLocalizer<Texts>>(s => s.GetRequiredService<LanguageTexts<Texts>>());
        services.AddScoped<IStringLocalizer<RefusalTexts>, LanguageTexts<RefusalTexts>>();
        services.AddScoped<UiText>();
        services.AddScoped<Notices>();
        services.AddScoped<NetworkWatch>();
        services.AddScoped<CircuitQueue>();
        services.AddScoped<CircuitStart>();
        services.AddScoped<PhoneTimeZone>();
        services.TryAddScoped<IParticipantLine, HubLine>();
        services.TryAddScoped<IPhoneVisit, NoPhoneVisit>();
        services.AddScoped<AssemblyConnection>();
        return services;
    }
}
