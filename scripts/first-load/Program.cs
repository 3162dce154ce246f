// Measures what a phone downloads on its first visit: joins an assembly on the published app in a
// phone-sized Chromium and sums the encoded bytes of every response (Playwright network log).
// Usage: scripts/measure-first-load.sh (publishes, starts the app, runs this, stops the app).

using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Playwright;

var baseUrl = args.Length > 0 ? args[0] : "http://127.0.0.1:5178/";
using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
var body = new { templateId = "offene-versammlung", title = "Messung", format = "InRoom" };
var created = await http.PostAsJsonAsync("api/assemblies", body);
var json = JsonDocument.Parse(await created.Content.ReadAsStringAsync()).RootElement;
Console.WriteLine($"create: {(int)created.StatusCode}");
var code = json.GetProperty("joinCode").GetString();

using var pw = await Playwright.CreateAsync();
await using var browser = await pw.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Args = ["--no-sandbox"] });
var context = await browser.NewContextAsync(new() { ViewportSize = new() { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true, Locale = "de-DE" });
var page = await context.NewPageAsync();
var requests = new List<IRequest>();
page.RequestFinished += (_, r) => requests.Add(r);
await page.GotoAsync($"{baseUrl}join/{code}");
await Assertions.Expect(page.GetByText("Verbunden")).ToBeVisibleAsync(new() { Timeout = 60_000 });
await page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true }).ClickAsync();
await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Schön, dass du da bist!" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
long total = 0;
foreach (var r in requests)
{
    var sizes = await r.SizesAsync();
    var response = await r.ResponseAsync();
    var enc = response is null ? "" : (await response.AllHeadersAsync()).GetValueOrDefault("content-encoding", "");
    total += sizes.ResponseBodySize + sizes.ResponseHeadersSize;
    if (args.Contains("-v")) Console.WriteLine($"{sizes.ResponseBodySize,9} {enc,-5} {r.Url}");
}
Console.WriteLine($"requests: {requests.Count}, transferred (bodies+headers): {total} bytes");
await page.GetByRole(AriaRole.Button, new() { Name = "English" }).ClickAsync();
await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Good to have you here!" })).ToBeVisibleAsync(new() { Timeout = 60_000 });
Console.WriteLine("published app: joined and switched to English");
