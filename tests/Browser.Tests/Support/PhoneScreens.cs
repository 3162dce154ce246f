using Microsoft.Playwright;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// Checks a phone screen with axe-core; with OV_SCREENSHOTS=1 also saves its picture to
/// docs/screenshots/participant-{name}.png.
/// </summary>
public static class PhoneScreens
{
    public static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 60_000 };

    public static async Task CheckAsync(IPage page, string name)
    {
        await Axe.AssertNoViolationsAsync(page);
        await Screenshots.SaveAsync(page, $"participant-{name}.png", fullPage: true);
    }
}
