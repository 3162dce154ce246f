using OffeneVersammlung.Browser.Tests.Support;

namespace OffeneVersammlung.Browser.Tests;

[Collection(BrowserCollection.Name)]
public class SmokeTests(BrowserHost host)
{
    [Fact]
    public async Task The_join_page_is_prerendered_and_then_becomes_interactive()
    {
        await using var phone = await host.NewDeviceAsync();
        var page = await phone.NewPageAsync();

        await page.GotoAsync("join/ABC123");

        await Microsoft.Playwright.Assertions.Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(new() { Timeout = 60_000 });
        await Axe.AssertNoViolationsAsync(page);
    }
}
