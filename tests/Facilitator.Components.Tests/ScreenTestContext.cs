using System.Globalization;
using Blazor.Diagrams.Core.Geometry;

namespace OffeneVersammlung.Facilitator.Components.Tests;

/// <summary>A bunit context with the host's localization, rendering in German like the screens do by default.</summary>
public abstract class ScreenTestContext : BunitContext
{
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    static ScreenTestContext()
    {
        // bunit's second for a render to arrive is short when CI builds the other projects on both cores
        // beside these tests; a wait still ends as soon as its assertion holds.
        DefaultWaitTimeout = TimeSpan.FromSeconds(15);
    }

    protected ScreenTestContext()
    {
        Services.AddLocalization();
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");

        // Blazor.Diagrams asks the browser for its canvas' size and watches it; here the canvas is 1000 × 600.
        JSInterop.Setup<Rectangle>("ZBlazorDiagrams.getBoundingClientRect", _ => true).SetResult(new Rectangle(0, 0, 1000, 600));
        JSInterop.SetupVoid("ZBlazorDiagrams.observe", _ => true);
        JSInterop.SetupVoid("ZBlazorDiagrams.unobserve", _ => true);
    }

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentUICulture = _uiCulture;
        base.Dispose(disposing);
    }
}
