using Microsoft.Playwright;
using OffeneVersammlung.Browser.Tests.Support;
using OffeneVersammlung.Testing;
using static Microsoft.Playwright.Assertions;

namespace OffeneVersammlung.Browser.Tests;

/// <summary>
/// The policy is enforced, and the watch every screen check runs would see a breach: an inline
/// script and a style attribute a page did not bring itself are blocked and reported.
/// </summary>
[Collection(BrowserCollection.Name)]
public class ContentSecurityTests(BrowserHost host)
{
    [Fact]
    public async Task An_inline_script_and_a_style_attribute_smuggled_into_a_screen_are_blocked_and_reported()
    {
        var created = await AssemblyApi.CreateAsync(host.Host);
        await using var wall = await ProjectorScreens.NewWallAsync(host);
        var page = await wall.NewPageAsync();
        await page.GotoAsync(ProjectorScreens.Link(created.AssemblyId, created.ProjectorSecret));
        await Expect(page.GetByText(created.JoinCode, new() { Exact = true })).ToBeVisibleAsync(PhoneScreens.Visible);
        await CspWatch.AssertNoViolationsAsync(page);

        var ran = await page.EvaluateAsync<bool>("""
            () => {
                const script = document.createElement('script');
                script.textContent = 'window.__smuggled = true';
                document.body.append(script);
                document.body.setAttribute('style', 'background: red');
                return window.__smuggled === true;
            }
            """);

        Assert.False(ran);
        Assert.NotEqual("rgb(255, 0, 0)", await page.EvaluateAsync<string>("() => getComputedStyle(document.body).backgroundColor"));
        await Expect(page.Locator("body")).Not.ToHaveCSSAsync("background-color", "rgb(255, 0, 0)");
        var violations = await CspWatch.ViolationsAsync(page);
        Assert.Contains(violations, v => v.StartsWith("script-src-elem", StringComparison.Ordinal));
        Assert.Contains(violations, v => v.StartsWith("style-src-attr", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_phone_page_runs_its_WebAssembly_under_the_policy_and_reports_nothing()
    {
        await using var phone = await host.NewDeviceAsync();
        var page = await phone.NewPageAsync();

        await page.GotoAsync("join/ABCD2345");

        await Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(PhoneScreens.Visible);
        await CspWatch.AssertNoViolationsAsync(page);
    }
}
