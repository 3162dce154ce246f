using Microsoft.AspNetCore.Components.Web;

namespace OffeneVersammlung.Facilitator.Screens;

/// <summary>The screens that open from a secret link and run only in the browser: the console and the projector.</summary>
public static class LiveScreenRoutes
{
    public static InteractiveServerRenderMode RenderMode { get; } = new(prerender: false);

    /// <summary>
    /// The stylesheets each screen needs, linked from the page's own head. Added by the interactive head they arrived
    /// after the circuit's first render: the console showed unstyled for a moment and its buttons jumped under the
    /// facilitator's first tap (measured: "Steckbrief bearbeiten" drawn at y 623, then at 959 once the sheets loaded).
    /// </summary>
    public static IReadOnlyList<string> StylesheetsOf(PathString path) =>
        path.StartsWithSegments("/facilitator", StringComparison.OrdinalIgnoreCase) ? ["css/screens.css", "css/console.css", "css/diagrams.css"]
        : path.StartsWithSegments("/projector", StringComparison.OrdinalIgnoreCase) ? ["css/projector.css"]
        : [];

    public static bool Matches(PathString path) =>
        path.StartsWithSegments("/facilitator", StringComparison.OrdinalIgnoreCase)
        || path.StartsWithSegments("/projector", StringComparison.OrdinalIgnoreCase);
}
