using System.Text.Json;
using Microsoft.Playwright;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// Runs axe-core (from npm, installed by the test script) inside the page and fails on any violation;
/// first it fails on any Content-Security-Policy violation the page reported, so every screen a test
/// checks is also checked against the policy. Also runs <c>label-content-name-mismatch</c>, which axe
/// still tags experimental and leaves out by default: a button whose spoken name does not contain its
/// visible text cannot be called by voice.
/// </summary>
public static class Axe
{
    private static readonly Lazy<string> Script = new(() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "axe.min.js")));

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        await CspWatch.AssertNoViolationsAsync(page);

        // Evaluated through the DevTools protocol rather than added as a script tag: the app's
        // Content-Security-Policy rightly blocks inline scripts the page did not bring itself.
        await page.EvaluateAsync(Script.Value);
        var violations = await page.EvaluateAsync<JsonElement>(
            "async () => (await axe.run(document, { resultTypes: ['violations'], rules: { 'label-content-name-mismatch': { enabled: true } } })).violations.map(v => ({ id: v.id, impact: v.impact, nodes: v.nodes.map(n => n.target.join(' ')) }))");
        Assert.True(violations.GetArrayLength() == 0, $"axe found violations on {page.Url}: {violations}");
    }
}
