// Measures a phone's first visit to /join/{code} on the published app in a phone-sized Chromium with
// an empty cache, through a slow link of our own on loopback (SlowLink): the bytes until the join is
// accepted, the time from opening the link to the join accepted on one phone (unthrottled and Fast
// 3G + 4x CPU), and a room of phones opening the link at once through one shared uplink.
// Usage: bench/first-load.sh [--browsers first,nowasm,wasm] [--crowd 60] [--replay-crowd 60] [--crowd-browsers nowasm,wasm] [--repeat 1] [-v]
// (publishes, starts the app, runs this, stops it).

using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;
using OffeneVersammlung.Bench.FirstLoad;

CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
var baseUrl = new Uri(args.FirstOrDefault(a => a.StartsWith("http", StringComparison.Ordinal)) ?? "http://127.0.0.1:5199/");
var verbose = args.Contains("-v");
var kinds = Option("--browsers", "first,nowasm,wasm").Split(',').Select(BrowserKind.Parse).ToList();
var crowdKinds = Option("--crowd-browsers", "nowasm,wasm").Split(',').Select(BrowserKind.Parse).ToList();
var crowd = int.Parse(Option("--crowd", "60"), CultureInfo.InvariantCulture);
var replayCrowd = int.Parse(Option("--replay-crowd", "60"), CultureInfo.InvariantCulture);
var repeat = int.Parse(Option("--repeat", "1"), CultureInfo.InvariantCulture);
using var http = new HttpClient { BaseAddress = baseUrl };

using var playwright = await Playwright.CreateAsync();
await using var browser = await playwright.Chromium.LaunchAsync(new()
{
    ExecutablePath = "/usr/bin/chromium",
    Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking"],
});

Console.WriteLine($"load average at the start: {LoadAverage()}");
if (args.Contains("--timeline"))
{
    foreach (var kind in kinds)
    {
        await Timeline.PrintAsync(browser, baseUrl, await NewAssemblyAsync(), kind, LinkProfile.Fast3GFullCpu);
    }

    return;
}

foreach (var kind in kinds)
{
    Console.WriteLine($"## browser {kind.Name}");
    var transfer = await Phone.TransferAsync(browser, baseUrl, await NewAssemblyAsync(), kind, verbose);
    Console.WriteLine(
        $"first visit until the join is accepted: {transfer.WireBytesToJoin:N0} bytes to the phone on the wire (HTTP with headers and WebSocket frames), " +
        $"{transfer.WireBytesUpToJoin:N0} bytes from it; {transfer.Requests} HTTP requests with {transfer.ResponseBytes:N0} bytes (bodies + headers, {transfer.BrotliRequests} Brotli); " +
        $"{transfer.WireBytesAfterIdle:N0} bytes to the phone 10 s later");
    Console.WriteLine(await LinkCheck.RunAsync(baseUrl, LinkProfile.Fast3G, transfer.LargestPath));

    foreach (var profile in new[] { LinkProfile.None, LinkProfile.Fast3G, LinkProfile.Fast3GFullCpu })
    {
        for (var r = 0; r < repeat; r++)
        {
            var timing = await Phone.TimeAsync(browser, baseUrl, await NewAssemblyAsync(), kind, profile);
            Console.WriteLine($"{profile.Name}: link opened → form takes input {timing.FormTypeable.TotalSeconds:0.00} s, \"Mitmachen\" enabled {timing.JoinEnabled.TotalSeconds:0.00} s, join accepted {timing.Joined.TotalSeconds:0.00} s");
        }
    }

    if (replayCrowd > 0 && crowdKinds.Contains(kind))
    {
        var assets = ReplayCrowd.AssetsOf(transfer.UrlsToJoin);
        var room = await ReplayCrowd.MeasureAsync(baseUrl, await NewAssemblyAsync(), assets, LinkProfile.Shared, replayCrowd);
        Console.WriteLine(
            $"{room.Phones} phones at once as HTTP clients replaying the browser's {assets.Count + 2} requests (page, assets, join post), {LinkProfile.Shared.Name}: {room.Joined}/{room.Phones} joined; {Spread(room)}; " +
            $"link down {room.DownBytes:N0} bytes, busy {room.DownBusy.TotalSeconds:0.0} s of {room.Elapsed.TotalSeconds:0.0} s; up {room.UpBytes:N0} bytes; load average {LoadAverage()}" +
            (room.Failure.Length > 0 ? $"; failures: {room.Failure}" : ""));
    }

    if (crowd > 0 && crowdKinds.Contains(kind))
    {
        var room = await Crowd.MeasureAsync(browser, baseUrl, await NewAssemblyAsync(), kind, LinkProfile.Shared, crowd);
        Console.WriteLine(
            $"{room.Phones} phones at once, {LinkProfile.Shared.Name}: {room.Joined}/{room.Phones} joined; {Spread(room)}; " +
            $"link down {room.DownBytes:N0} bytes, busy {room.DownBusy.TotalSeconds:0.0} s of {room.Elapsed.TotalSeconds:0.0} s, last byte at {room.DownloadsDone.TotalSeconds:0.0} s; up {room.UpBytes:N0} bytes; " +
            $"browser peak PSS {room.PeakBrowserBytes / 1024.0 / 1024:0} MiB, browser CPU {room.BrowserCpuSeconds:0.0} s; load average {LoadAverage()}" +
            (room.Failure.Length > 0 ? $"; failures: {room.Failure}" : ""));
    }
}

Console.WriteLine($"load average at the end: {LoadAverage()}");

async Task<string> NewAssemblyAsync()
{
    var created = await http.PostAsJsonAsync("api/assemblies", new { templateId = "offene-versammlung", title = "Messung", format = "InRoom" });
    created.EnsureSuccessStatusCode();
    return JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement.GetProperty("joinCode").GetString()!;
}

static string Spread(CrowdResult room) => room.JoinedAfter.Count == 0
    ? "none joined"
    : $"first {room.JoinedAfter[0].TotalSeconds:0.0} s, median {room.JoinedAfter[room.JoinedAfter.Count / 2].TotalSeconds:0.0} s, last {room.JoinedAfter[^1].TotalSeconds:0.0} s";

string Option(string name, string fallback)
{
    var i = Array.IndexOf(args, name);
    return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
}

static string LoadAverage() => string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
