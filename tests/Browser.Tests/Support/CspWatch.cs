using Microsoft.Playwright;

namespace OffeneVersammlung.Browser.Tests.Support;

/// <summary>
/// Records every Content-Security-Policy violation a page reports (Chromium's securitypolicyviolation
/// events, from the first parsed byte on), so each screen check can insist there were none: a blocked
/// inline script or style attribute would otherwise fail silently and leave a screen half-working.
/// </summary>
public static class CspWatch
{
    private const string Script = """
        window.__cspViolations = [];
        document.addEventListener('securitypolicyviolation', e => window.__cspViolations.push(
            `${e.effectiveDirective} blocked ${e.blockedURI || 'inline'} at ${e.sourceFile || document.location.pathname}:${e.lineNumber} ${e.sample || ''}`));
        """;

    public static async Task<IBrowserContext> WatchAsync(this Task<IBrowserContext> creating)
    {
        var context = await creating;
        await context.AddInitScriptAsync(Script);
        return context;
    }

    public static Task<string[]> ViolationsAsync(IPage page) => page.EvaluateAsync<string[]>("() => window.__cspViolations ?? []");

    public static async Task AssertNoViolationsAsync(IPage page)
    {
        var violations = await ViolationsAsync(page);
        Assert.True(violations.Length == 0, $"{page.Url}: {string.Join(Environment.NewLine, violations)}");
    }
}
