using Microsoft.Playwright;
using OffeneVersammlung.Testing;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// The projector in a 16:9 browser window: opened from its secret link, checked with axe-core, and
/// with OV_SCREENSHOTS=1 saved to docs/screenshots/projector-{name}.png exactly as the wall shows it.
/// </summary>
public static class ProjectorScreens
{
    public static Task<IBrowserContext> NewWallAsync(BrowserHost host, int width = 1920, int height = 1080) =>
        host.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = width, Height = height },
            Locale = "de-DE",
            BaseURL = host.BaseAddress.ToString(),
        }).WatchAsync();

    /// <summary>The projector link as the start page hands it out, against the test host's address.</summary>
    public static string Link(Guid assemblyId, string secret) => $"projector/{assemblyId:N}#{secret}";

    public static Task CheckAsync(IPage page, string name) => ScreenPictures.CheckAsync(page, $"projector-{name}", fullPage: false);

    public static Task SaveAsync(IPage page, string name) => ScreenPictures.SaveAsync(page, $"projector-{name}", fullPage: false);
}
