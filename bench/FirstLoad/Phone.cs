using System.Diagnostics;
using Microsoft.Playwright;

namespace OffeneVersammlung.Bench.FirstLoad;

public sealed record Transfer(int Requests, long ResponseBytes, int BrotliRequests, long WireBytesToJoin, long WireBytesUpToJoin, long WireBytesAfterIdle, string LargestPath, IReadOnlyList<string> UrlsToJoin);

public sealed record Timing(TimeSpan FormTypeable, TimeSpan JoinEnabled, TimeSpan Joined);

/// <summary>A phone-sized, German, touch Chromium context with an empty cache.</summary>
public static class Phone
{
    public const string JoinedHeading = "Schön, dass du da bist!";
    private static readonly TimeSpan Idle = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Bytes of a first visit until the join is accepted, counted twice: on the wire at the relay
    /// (HTTP, headers and the WebSocket's frames, both directions apart) and as Playwright's response
    /// sizes; then once more after <see cref="Idle"/>, for what the page fetches after the person could act.
    /// </summary>
    public static async Task<Transfer> TransferAsync(IBrowser browser, Uri app, string code, BrowserKind kind, bool verbose)
    {
        await using var link = new SlowLink(Endpoint(app), LinkProfile.None);
        await using var context = await NewContextAsync(browser, kind);
        var page = await context.NewPageAsync();
        var requests = new List<IRequest>();
        page.RequestFinished += (_, r) => requests.Add(r);
        await page.GotoAsync(JoinUrl(link, code, kind));
        await JoinAsync(page, "Mo");
        var down = link.Down.Bytes;
        var up = link.Up.Bytes;
        var finished = requests.ToList();
        await Task.Delay(Idle);
        long total = 0;
        var brotli = 0;
        var largest = ("/", 0L);
        foreach (var r in finished)
        {
            var sizes = await r.SizesAsync();
            var response = await r.ResponseAsync();
            var encoding = response is null ? "" : (await response.AllHeadersAsync()).GetValueOrDefault("content-encoding", "");
            brotli += encoding == "br" ? 1 : 0;
            total += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
            if (sizes.ResponseBodySize > largest.Item2)
            {
                largest = (new Uri(r.Url).PathAndQuery, sizes.ResponseBodySize);
            }

            if (verbose)
            {
                Console.WriteLine($"{sizes.ResponseBodySize,9} {encoding,-5} {r.Url}");
            }
        }

        return new Transfer(finished.Count, total, brotli, down, up, link.Down.Bytes, largest.Item1, finished.Select(r => r.Url).ToList());
    }

    /// <summary>One phone on its own line: link opened → form typeable, "Mitmachen" enabled, join accepted.</summary>
    public static async Task<Timing> TimeAsync(IBrowser browser, Uri app, string code, BrowserKind kind, LinkProfile profile)
    {
        await using var link = new SlowLink(Endpoint(app), profile);
        await using var context = await NewContextAsync(browser, kind);
        var page = await context.NewPageAsync();
        await SlowCpuAsync(context, page, profile.CpuSlowdown);
        var started = Stopwatch.StartNew();
        await page.GotoAsync(JoinUrl(link, code, kind), new() { WaitUntil = WaitUntilState.Commit, Timeout = 180_000 });
        // Typeable: the prerendered field is there and takes a keystroke (before any interactivity).
        await page.Locator("#join-name").FillAsync("Mo", new() { Timeout = 180_000 });
        var typeable = started.Elapsed;
        var join = JoinButton(page);
        await Assertions.Expect(join).ToBeEnabledAsync(new() { Timeout = 180_000 });
        var enabled = started.Elapsed;
        await JoinAsync(page, null);
        return new Timing(typeable, enabled, started.Elapsed);
    }

    public static string JoinUrl(SlowLink link, string code, BrowserKind kind) => $"http://127.0.0.1:{link.Port}/join/{code}{kind.Query}";

    public static System.Net.IPEndPoint Endpoint(Uri app) => new(System.Net.IPAddress.Parse(app.Host), app.Port);

    public static async Task SlowCpuAsync(IBrowserContext context, IPage page, double slowdown)
    {
        if (slowdown > 1)
        {
            var devTools = await context.NewCDPSessionAsync(page);
            await devTools.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = slowdown });
        }
    }

    /// <summary>Types the name (when given), waits until "Mitmachen" works, taps it and waits for the welcome.</summary>
    public static async Task JoinAsync(IPage page, string? name)
    {
        if (name is not null)
        {
            await page.Locator("#join-name").FillAsync(name, new() { Timeout = 300_000 });
        }

        var join = JoinButton(page);
        await Assertions.Expect(join).ToBeEnabledAsync(new() { Timeout = 300_000 });
        await join.ClickAsync(new() { Timeout = 300_000 });
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = JoinedHeading })).ToBeVisibleAsync(new() { Timeout = 300_000 });
    }

    private static ILocator JoinButton(IPage page) => page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true });

    public static async Task<IBrowserContext> NewContextAsync(IBrowser browser, BrowserKind kind)
    {
        var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "de-DE" });
        if (kind.InitScript is { } script)
        {
            await context.AddInitScriptAsync(script);
        }

        return context;
    }
}
