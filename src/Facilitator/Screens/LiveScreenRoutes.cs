using Microsoft.AspNetCore.Components.Web;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>The screens that open from a secret link and run only in the browser: the console and the projector.</summary>
public static class LiveScreenRoutes
{
    public static InteractiveServerRenderMode RenderMode { get; } = new(prerender: false);

    public static bool Matches(PathString path) =>
        path.StartsWithSegments("/facilitator", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/projector", StringComparison.OrdinalIgnoreCase);
}
