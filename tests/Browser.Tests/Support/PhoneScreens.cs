using Microsoft.Playwright;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>Checks a phone screen with axe-core and saves its picture to docs/screenshots/participant-{name}.png.</summary>
public static class PhoneScreens
{
    public static readonly LocatorAssertionsToBeVisibleOptions Visible = new() { Timeout = 60_000 };

    private static readonly string Folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");

    public static async Task CheckAsync(IPage page, string name)
    {
        await Axe.AssertNoViolationsAsync(page);
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
