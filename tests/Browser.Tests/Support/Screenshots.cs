using Microsoft.Playwright;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// Saves a screen's picture to docs/screenshots only when OV_SCREENSHOTS=1, so ordinary test runs
/// leave the working tree alone.
/// </summary>
public static class Screenshots
{
    private static readonly string Folder = Path.Combine(RepositoryRoot(), "docs", "screenshots");

    public static bool Wanted => Environment.GetEnvironmentVariable("OV_SCREENSHOTS") == "1";

    public static async Task SaveAsync(IPage page, string fileName, bool fullPage)
    {
        if (!Wanted)
        {
            return;
        }

        Directory.CreateDirectory(Folder);
        await page.ScreenshotAsync(new() { Path = Path.Combine(Folder, fileName), FullPage = fullPage });
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
