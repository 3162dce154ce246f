using Microsoft.Playwright;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// Checks a phone screen with axe-core; with OV_SCREENSHOTS=1 also saves its picture to
/// docs/screenshots/participant-{name}.png (so ordinary test runs leave the working tree alone).
/// </summary>
public static class PhoneScreens
{
    public static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 60_000 };

    public static Task CheckAsync(IPage page, string name) => ScreenPictures.CheckAsync(page, $"participant-{name}");
}
