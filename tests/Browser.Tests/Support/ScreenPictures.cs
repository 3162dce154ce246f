using Microsoft.Playwright;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// Checks a screen with axe-core and for Content-Security-Policy violations; with OV_SCREENSHOTS=1 also saves its picture to
/// docs/screenshots/{fileName}.png (so ordinary test runs leave the working tree alone).
/// </summary>
public static class ScreenPictures
{
    private static readonly string Folder = RepositoryRoot.Combine("docs", "screenshots");

    public static async Task CheckAsync(IPage page, string fileName, bool fullPage = true)
    {
        await Axe.AssertNoViolationsAsync(page);
        await SaveAsync(page, fileName, fullPage);
    }

    /// <summary>Only the picture (with OV_SCREENSHOTS=1), for a screen that changes by itself while axe runs.</summary>
    public static async Task SaveAsync(IPage page, string fileName, bool fullPage = true)
    {
        if (Environment.GetEnvironmentVariable("OV_SCREENSHOTS") != "1")
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"{fileName}.png"), FullPage = fullPage });
    }
}
