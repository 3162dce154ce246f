using System.Text.Json;
using Microsoft.Playwright;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>Layout checks a phone screen must pass: nothing wider than the screen, every touch target at least 44 × 44 CSS pixels.</summary>
public static class PhoneLayout
{
    // Through the CSS object model: the app's policy blocks style elements the page did not bring itself.
    public static Task DoubleTextSizeAsync(IPage page) =>
        page.EvaluateAsync("() => document.documentElement.style.setProperty('font-size', '200%', 'important')");

    public static async Task AssertFitsAsync(IPage page)
    {
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - window.innerWidth");
        Assert.True(overflow <= 0, $"the page is {overflow}px wider than the phone on {page.Url}");

        var small = await page.EvaluateAsync<JsonElement>(
            """
            () => [...document.querySelectorAll('button, input:not([type=radio]):not([type=checkbox]), textarea, select, label.choice, label.mood, summary')]
                .filter(e => e.offsetParent !== null)
                .map(e => ({ what: e.outerHTML.slice(0, 80), w: e.getBoundingClientRect().width, h: e.getBoundingClientRect().height }))
                .filter(r => r.w < 44 || r.h < 44)
            """);
        Assert.True(small.GetArrayLength() == 0, $"touch targets under 44px on {page.Url}: {small}");
    }
}
