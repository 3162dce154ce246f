// Measures a phone's first visit to /join/{code} on the published app in a phone-sized Chromium with
// an empty cache: the encoded bytes of every response (Playwright network log), then, in a fresh
// context with DevTools network and CPU throttling, the time until the join form takes input and
// until joining works. Usage: bench/first-load.sh (publishes, starts the app, runs this, stops it).

using System.Diagnostics;
using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OffeneVersammlung.Bench.FirstLoad;

var baseUrl = args.FirstOrDefault(a => !a.StartsWith('-')) ?? "http://127.0.0.1:5199/";
var verbose = args.Contains("-v");
using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
var created = await http.PostAsJsonAsync("api/assemblies", new { templateId = "offene-versammlung", title = "Messung", format = "InRoom" });
var code = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("joinCode").GetString();
var joinUrl = $"{baseUrl}join/{code}";

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});

var transfer = await Phone.TransferAsync(browser, joinUrl, verbose);
Console.WriteLine($"first visit: {transfer.Requests} requests, {transfer.Bytes} bytes transferred (bodies + headers), {transfer.BrotliRequests} Brotli-encoded");

foreach (var profile in ThrottleProfile.All)
{
    var timing = await Phone.TimeAsync(browser, joinUrl, profile);
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{profile.Name}: join form takes input after {timing.FormTypeable.TotalSeconds:0.00} s, joining works (connected) after {timing.Connected.TotalSeconds:0.00} s, joined after {timing.Joined.TotalSeconds:0.00} s"));
}

namespace OffeneVersammlung.Bench.FirstLoad
{
    /// <summary>DevTools throttling: network conditions as in Chrome's presets, and a CPU slowdown factor.</summary>
    public sealed record ThrottleProfile(string Name, double LatencyMs, double DownloadBytesPerSecond, double UploadBytesPerSecond, double CpuSlowdown)
    {
        // Chrome DevTools "Fast 3G" (called "Slow 4G" since Chrome 121): 1.6 Mbit/s down, 750 kbit/s
        // up, 562.5 ms latency (each with DevTools' 0.9 and 3.75 factors); CPU 4x slower as a mid-range phone.
        public static ThrottleProfile Fast3G { get; } = new("Fast 3G, CPU 4x", 562.5, 1.6 * 1000 * 1000 / 8 * 0.9, 750 * 1000 / 8 * 0.9, 4);

        public static ThrottleProfile None { get; } = new("unthrottled", 0, -1, -1, 1);

        public static IReadOnlyList<ThrottleProfile> All { get; } = [None, Fast3G];
    }

    public sealed record Transfer(int Requests, long Bytes, int BrotliRequests);

    public sealed record Timing(TimeSpan FormTypeable, TimeSpan Connected, TimeSpan Joined);

    /// <summary>A phone-sized, German, touch Chromium context with an empty cache.</summary>
    public static class Phone
    {
        public static async Task<Transfer> TransferAsync(IBrowser browser, string joinUrl, bool verbose)
        {
            await using var context = await NewContextAsync(browser);
            var page = await context.NewPageAsync();
            var requests = new List<IRequest>();
            page.RequestFinished += (_, r) => requests.Add(r);
            await page.GotoAsync(joinUrl);
            await JoinAsync(page);
            long total = 0;
            var brotli = 0;
            foreach (var r in requests)
            {
                var sizes = await r.SizesAsync();
                var response = await r.ResponseAsync();
                var encoding = response is null ? "" : (await response.AllHeadersAsync()).GetValueOrDefault("content-encoding", "");
                brotli += encoding == "br" ? 1 : 0;
                total += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
                if (verbose)
                {
                    Console.WriteLine($"{sizes.ResponseBodySize,9} {encoding,-5} {r.Url}");
                }
            }

            return new Transfer(requests.Count, total, brotli);
        }

        public static async Task<Timing> TimeAsync(IBrowser browser, string joinUrl, ThrottleProfile profile)
        {
            await using var context = await NewContextAsync(browser);
            var page = await context.NewPageAsync();
            var devTools = await context.NewCDPSessionAsync(page);
            await devTools.SendAsync("Network.enable");
            await devTools.SendAsync("Network.setCacheDisabled", new Dictionary<string, object> { ["cacheDisabled"] = true });
            await devTools.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false,
                ["latency"] = profile.LatencyMs,
                ["downloadThroughput"] = profile.DownloadBytesPerSecond,
                ["uploadThroughput"] = profile.UploadBytesPerSecond,
            });
            await devTools.SendAsync("Emulation.setCPUThrottlingRate", new Dictionary<string, object> { ["rate"] = profile.CpuSlowdown });

            var started = Stopwatch.StartNew();
            await page.GotoAsync(joinUrl, new() { WaitUntil = WaitUntilState.Commit, Timeout = 120_000 });
            // Typeable: the prerendered field is there and takes a keystroke (before WebAssembly has started).
            var name = page.Locator("#join-name");
            await name.FillAsync("Mo", new() { Timeout = 120_000 });
            var typeable = started.Elapsed;
            var join = page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true });
            await Assertions.Expect(join).ToBeEnabledAsync(new() { Timeout = 180_000 });
            var connected = started.Elapsed;
            await JoinAsync(page);
            return new Timing(typeable, connected, started.Elapsed);
        }

        private static Task<IBrowserContext> NewContextAsync(IBrowser browser) =>
            browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "de-DE" });

        private static async Task JoinAsync(IPage page)
        {
            var join = page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true });
            await Assertions.Expect(join).ToBeEnabledAsync(new() { Timeout = 180_000 });
            await join.ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Schön, dass du da bist!" })).ToBeVisibleAsync(new() { Timeout = 180_000 });
        }
    }
}
