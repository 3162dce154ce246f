using System.Diagnostics;
using Microsoft.Playwright;

namespace OffeneVersammlung.Bench.FirstLoad;

public sealed record CrowdResult(int Phones, int Joined, IReadOnlyList<TimeSpan> JoinedAfter, TimeSpan Elapsed, TimeSpan DownloadsDone, long DownBytes, long UpBytes, TimeSpan DownBusy, long PeakBrowserBytes, double BrowserCpuSeconds, string Failure);

/// <summary>
/// A room scanning the QR code at once: <c>n</c> phones (one Chromium, a context each, empty caches)
/// open the join link at the same moment through one shared <see cref="SlowLink"/>, type a name and
/// join. Measured: each phone's link-opened → join-accepted, the link's load, and the browser's
/// memory (proportional set size of its processes, sampled) and CPU.
/// </summary>
public static class Crowd
{
    public static async Task<CrowdResult> MeasureAsync(IBrowser browser, Uri app, string code, BrowserKind kind, LinkProfile profile, int phones)
    {
        await using var link = new SlowLink(Phone.Endpoint(app), profile);
        var contexts = new IBrowserContext[phones];
        var pages = new IPage[phones];
        for (var i = 0; i < phones; i++)
        {
            contexts[i] = await Phone.NewContextAsync(browser, kind);
            pages[i] = await contexts[i].NewPageAsync();
        }

        var browserCpu = BrowserProcesses.CpuSeconds();
        using var sampling = new CancellationTokenSource();
        var peak = BrowserProcesses.SamplePeakAsync(sampling.Token);
        var started = Stopwatch.StartNew();
        var startedAt = Stopwatch.GetTimestamp();
        var times = new TimeSpan?[phones];
        var failures = new List<string>();
        await Task.WhenAll(Enumerable.Range(0, phones).Select(async i =>
        {
            try
            {
                await pages[i].GotoAsync(Phone.JoinUrl(link, code, kind), new() { WaitUntil = WaitUntilState.Commit, Timeout = 300_000 });
                await Phone.JoinAsync(pages[i], $"Nachbar {i + 1}");
                times[i] = started.Elapsed;
            }
            catch (Exception e) when (e is PlaywrightException or TimeoutException)
            {
                lock (failures)
                {
                    failures.Add(e.Message.Split('\n')[0]);
                }
            }
        }));
        var elapsed = started.Elapsed;
        // The link's share: when its last byte to a phone arrived (pushes after the joins are a few bytes).
        var downloadsDone = Stopwatch.GetElapsedTime(startedAt, link.Down.LastArrival);
        await sampling.CancelAsync();
        var peakBytes = await peak;
        var cpu = BrowserProcesses.CpuSeconds() - browserCpu;
        var joined = times.Where(t => t is not null).Select(t => t!.Value).Order().ToList();
        foreach (var context in contexts)
        {
            await context.DisposeAsync();
        }

        return new CrowdResult(phones, joined.Count, joined, elapsed, downloadsDone, link.Down.Bytes, link.Up.Bytes, link.Down.Busy, peakBytes, cpu, string.Join("; ", failures.Distinct().Take(3)));
    }
}
