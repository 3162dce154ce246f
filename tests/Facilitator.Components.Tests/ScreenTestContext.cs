using System.Globalization;

namespace OffeneVersammlung.Facilitator.Components.Tests;

/// <summary>A bunit context with the host's localization, rendering in German like the screens do by default.</summary>
public abstract class ScreenTestContext : BunitContext
{
    private readonly CultureInfo _uiCulture = CultureInfo.CurrentUICulture;

    protected ScreenTestContext()
    {
        Services.AddLocalization();
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("de-DE");
    }

    protected override void Dispose(bool disposing)
    {
        CultureInfo.CurrentUICulture = _uiCulture;
        base.Dispose(disposing);
    }
}
