using System.Diagnostics;
using Microsoft.Playwright;

namespace OffeneVersammlung.Bench.FirstLoad;

/// <summary>
/// Diagnostic (<c>--timeline</c>): one phone on a link, every request's start and end and every
/// WebSocket frame in order, in ms since the link was opened, until the join is accepted. Shows
/// where a slow join's time goes: bytes, round trips or the page's own work.
/// </summary>
public static class Timeline
{
    public static async Task PrintAsync(IBrowser browser, Uri app, string code, BrowserKind kind, LinkProfile profile)
    {
        await using var link = new SlowLink(Phone.Endpoint(app), profile);
        await using var context = await Phone.NewContextAsync(browser, kind);
        var page = await context.NewPageAsync();
        await Phone.SlowCpuAsync(context, page, profile.CpuSlowdown);
        var clock = Stopwatch.StartNew();
        var lines = new List<string>();
        void Note(string what)
        {
            lock (lines)
            {
                lines.Add($"{clock.Elapsed.TotalMilliseconds,8:0} ms  {what}");
            }
        }

        page.Request += (_, r) => Note($"→ {r.Method} {new Uri(r.Url).PathAndQuery}");
        page.RequestFinished += (_, r) => Note($"← {new Uri(r.Url).PathAndQuery}");
        page.WebSocket += (_, ws) =>
        {
            Note($"ws open {new Uri(ws.Url).PathAndQuery}");
            ws.FrameSent += (_, f) => Note($"ws ↑ {f.Binary?.Length ?? f.Text?.Length ?? 0} bytes");
            ws.FrameReceived += (_, f) => Note($"ws ↓ {f.Binary?.Length ?? f.Text?.Length ?? 0} bytes");
        };
        await page.GotoAsync(Phone.JoinUrl(link, code, kind), new() { WaitUntil = WaitUntilState.Commit, Timeout = 180_000 });
        await page.Locator("#join-name").FillAsync("Mo", new() { Timeout = 180_000 });
        Note("form takes input");
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "Mitmachen", Exact = true })).ToBeEnabledAsync(new() { Timeout = 180_000 });
        Note("\"Mitmachen\" enabled");
        await Phone.JoinAsync(page, null);
        Note("join accepted");
        Console.WriteLine($"timeline, {kind.Name}, {profile.Name}:");
        lock (lines)
        {
            lines.ForEach(Console.WriteLine);
        }
    }
}
