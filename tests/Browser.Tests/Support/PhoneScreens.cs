using Microsoft.Playwright;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// Checks a phone screen with axe-core; with OV_SCREENSHOTS=1 also saves its picture to
/// docs/screenshots/participant-{name}.png (so ordinary test runs leave the working tree alone).
/// </summary>
public static class PhoneScreens
{
    public static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 60_000 };

    private static readonly string Folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");

    public static async Task CheckAsync(IPage page, string name)
    {
        await Axe.AssertNoViolationsAsync(page);
        if (Environment.GetEnvironmentVariable("OV_SCREENSHOTS") != "1")
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, $"participant-{name}.png"), FullPage = true });
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "OffeneVersammlung.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? AppContext.BaseDirectory;
    }
}
