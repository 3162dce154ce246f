using Microsoft.AspNetCore.Hosting;
using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>
/// The start page counts openings against the address it was requested from, the same bucket as the
/// API: the interactive page has no request of its own, so it must carry the address over from prerendering.
/// </summary>
[Collection(BrowserCollection.Name)]
public class OpeningLimitTests(BrowserHost browser)
{
    [Fact]
    public async Task The_start_page_counts_openings_against_the_address_the_api_counts_them_against()
    {
        using var host = new OneOpeningAnHour();
        await AssemblyApi.CreateAsync(host);
        await using var laptop = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
            Locale = "de-DE",
            BaseURL = host.BaseAddress.ToString(),
        });
        var page = await laptop.NewPageAsync();
        await page.GotoAsync("/");
        var demo = page.GetByRole(AriaRole.Button, new() { Name = "Demo öffnen" });
        await Expect(demo).ToBeEnabledAsync(new() { Timeout = 60_000 });

        await demo.ClickAsync();

        await Expect(page.GetByText("Von diesem Netz wurden gerade viele Versammlungen geöffnet.", new() { Exact = false })).ToBeVisibleAsync(PhoneScreens.Visible);
    }

    private sealed class OneOpeningAnHour : HostFactory
    {
        protected override void ConfigureHost(IWebHostBuilder builder) =>
            builder.UseSetting("OffeneVersammlung:AssembliesPerAddressPerHour", "1");
    }
}
