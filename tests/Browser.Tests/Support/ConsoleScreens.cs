using Microsoft.Playwright;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// Checks a facilitator screen with axe-core; with OV_SCREENSHOTS=1 also saves its picture to
/// docs/screenshots/{name}.png.
/// </summary>
public static class ConsoleScreens
{
    private static readonly string Folder = RepositoryRoot.Combine("docs", "screenshots");

    public static async Task CheckAsync(IPage page, string name)
    {
        await Axe.AssertNoViolationsAsync(page);
        if (Environment.GetEnvironmentVariable("OV_SCREENSHOTS") != "1")
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{name}.png"), FullPage = true });
    }
}
