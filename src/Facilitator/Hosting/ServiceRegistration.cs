using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using OffeneVersammlung.Engine.Storage;
using OffeneVersammlung.Facilitator.Access;
using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.Assemblies;
using OffeneVersammlung.Facilitator.Cluster;
using OffeneVersammlung.Facilitator.Commanding;
using OffeneVersammlung.Facilitator.FollowUps;
using OffeneVersammlung.Facilitator.GroupSpaces;
using OffeneVersammlung.Facilitator.Hubs;
using OffeneVersammlung.Facilitator.Participation;
using OffeneVersammlung.Facilitator.Screens;
using OffeneVersammlung.Facilitator.Telemetry;
using OffeneVersammlung.Facilitator.Templates;
using OffeneVersammlung.Facilitator.Throttling;
using OffeneVersammlung.Facilitator.Updates;
using OffeneVersammlung.Participant.Services;

namespace OffeneVersammlung.Facilitator.Hosting;

public static class ServiceRegistration
{
    /// <summary>Everything the host needs: storage, live assemblies, access, the hub and its protocols.</summary>
    public static WebApplicationBuilder AddOffeneVersammlung(this WebApplicationBuilder builder)
    {
        var services = builder.Services;

        // `dotnet run` serves the phone app's files from the build output in every environment, so the
        // laptop in the community centre runs as Production (no detailed errors); a published app has
        // no manifest and this does nothing.
        builder.WebHost.UseStaticWebAssets();
        services.AddOptions<OffeneVersammlungOptions>().Bind(builder.Configuration.GetSection(OffeneVersammlungOptions.Section));
        services.TryAddSingleton(TimeProvider.System);
        builder.AddTelemetry();

        services.AddSingleton<DatabaseFile>();
        services.AddEventStore();
        services.AddSingleton<AssemblyRepository>();
        services.AddHostTables();
        services.TryAddSingleton<ITemplateCatalog, SeedTemplateCatalog>();
        services.AddSingleton<DemoEvening>();
        services.AddHostedService<StoredFormatWarmUp>();

        services.AddSingleton<SnapshotWriter>();
        builder.AddCluster();
        services.TryAddSingleton<IClusterNotices, SingleNode>();
        services.TryAddSingleton<ILeases, OwnLeases>();
        services.AddSingleton<LiveAssemblies>();
        services.AddSingleton<AssemblyCommands>();
        services.AddSingleton<AssemblyOpening>();
        services.AddSingleton<IFollowUpSource, ClosedAssemblySource>();
        services.AddSingleton<FollowUpOpening>();
        services.AddSingleton<Admission>();
        services.AddSingleton<SnapshotReader>();
        services.AddSingleton<ParticipantDesk>();
        services.AddUpdatePipeline();
        services.AddExportsAndRetention();
        services.AddAnnouncements();
        services.AddGroupSpaces();
        services.AddSingleton<JoinGuard>();
        services.TryAddSingleton<IJoinGuard>(s => s.GetRequiredService<JoinGuard>());
        services.AddSingleton<HandLimit>();
        services.AddSingleton<OpeningLimit>();

        services.AddSingleton<PublicAddress>();
        services.AddSingleton<JoinDetailsReader>();
        services.AddScoped<DeviceAssemblies>();
        services.AddScoped<BrowserDownload>();
        services.AddHostedService<StartupBanner>();
        // A store that hangs (a dropped network, not a refused one) says Unhealthy after a while instead of holding the probe.
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", timeout: TimeSpan.FromSeconds(5));
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddRealtime();
        services.AddServerModePhones();
        services.AddParticipantApp(); // the phone pages prerender here, and server-mode phones run here
        services.AddScreenLanguages();
        // Secure whenever the request came over HTTPS (directly or from a trusted proxy); the LAN mode is plain HTTP.
        services.AddAntiforgery(o => o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest);
        services.AddRazorComponents()
            .AddInteractiveServerComponents(circuits =>
            {
                // Server-mode phones are many circuits (issue 20 wants thousands). A circuit whose phone lost its line is kept
                // three minutes (bad reception in a corner of the hall comes back within that) and at most 500 at once (the
                // room's Wi-Fi dropping for everyone); beyond that a phone's circuit is gone, and the page reloads and
                // resumes by its device token: slower, never lost.
                circuits.DisconnectedCircuitRetentionPeriod = TimeSpan.FromMinutes(3);
                circuits.DisconnectedCircuitMaxRetained = 500;
            })
            .AddInteractiveWebAssemblyComponents();
        return builder;
    }

    /// <summary>One pipeline for every screen: paced views built once, for the hub and the in-process screens alike.</summary>
    private static void AddUpdatePipeline(this IServiceCollection services)
    {
        services.AddSingleton<IAudienceViews, AudienceViews>();
        services.AddSingleton<IAssemblyUpdateSink, PacedViews>();
        services.AddSingleton<ScreenFeeds>();
        services.AddSingleton<IViewReceiver>(s => s.GetRequiredService<ScreenFeeds>());
        services.AddSingleton<IConsoleReceiver>(s => s.GetRequiredService<ScreenFeeds>());
        services.AddSingleton<IViewReceiver, HubUpdatePusher>();
    }

    /// <summary>A server-mode phone's circuit: the in-process line onto the participant desk, and the per-request choice of mode.</summary>
    private static void AddServerModePhones(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IPhoneMode, PhoneModes>();
        services.AddScoped<CircuitAddress>();
        services.AddScoped<CircuitHandler>(s => s.GetRequiredService<CircuitAddress>());
        services.AddScoped<InvocationLimit>();
        services.AddScoped<IParticipantLine, InProcessLine>();
        services.AddScoped<IPhoneVisit, PhoneVisit>();
    }

    private static void AddRealtime(this IServiceCollection services)
    {
        services.AddSingleton<ConnectionThrottle>();
        services.AddSingleton<HubConnectionCounter>();
        services.AddSignalR(hub =>
            {
                hub.AddFilter<HubConnectionCounter>();
                hub.AddFilter<ConnectionThrottle>();
            })
            .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
            .AddMessagePackProtocol(); // keeps SignalR's default resolver with MessagePackSecurity.UntrustedData
        services.AddOptions<HubOptions>().Configure<IOptions<OffeneVersammlungOptions>, IHostEnvironment>((hub, options, environment) =>
        {
            hub.MaximumReceiveMessageSize = options.Value.MaximumReceiveMessageSize;
            hub.MaximumParallelInvocationsPerClient = 1;
            hub.EnableDetailedErrors = environment.IsDevelopment();
        });
    }
}
