using OffeneVersammlung.Facilitator.Announcements;
using OffeneVersammlung.Facilitator.Api;
using OffeneVersammlung.Facilitator.GroupSpaces;
using OffeneVersammlung.Facilitator.Hubs;
using OffeneVersammlung.Facilitator.Participation;
using OffeneVersammlung.Facilitator.Qr;

namespace OffeneVersammlung.Facilitator.Hosting;

public static class EndpointRegistration
{
    /// <summary>The hub at <c>/hub</c>, the assembly API, the join QR code and <c>/health</c>.</summary>
    public static WebApplication MapOffeneVersammlung(this WebApplication app)
    {
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts(); // only on responses over HTTPS, and never to localhost
        }

        app.UseScreenLanguages();
        app.UsePhoneLanguageSwitch();
        app.UseAntiforgery();
        app.MapStaticAssets();
        app.MapRazorComponents<Components.App>()
            .AddInteractiveServerRenderMode(o => o.ContentSecurityFrameAncestorsPolicy = null) // frame-ancestors is in our own policy
            .AddInteractiveWebAssemblyRenderMode()
            .AddAdditionalAssemblies(typeof(Participant._Imports).Assembly);
        app.MapHub<AssemblyHub>(AssemblyHub.Path);
        app.MapAssemblyApi();
        app.MapJoinQr();
        app.MapJoinForm();
        app.MapAnnouncements();
        app.MapGroupSpaces();
        app.MapHealthChecks("/health", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { ResponseWriter = HealthReportText.WriteAsync });

        // For a supervisor that restarts a stuck process: it asks nothing else, so a store outage restarts no node.
        app.MapHealthChecks("/health/live", new Microsoft.AspNetCore.Diagnostics.HealthChecks.HealthCheckOptions { Predicate = _ => false, ResponseWriter = HealthReportText.WriteAsync });
        app.MapLanguageSwitch();
        return app;
    }
}
