using System.Diagnostics;
using System.Net;
using System.Text.RegularExpressions;

namespace OffeneVersammlung.Bench.FirstLoad;

/// <summary>
/// The room of <see cref="Crowd"/> without 60 Chromiums on this machine's two cores: each phone is an HTTP client with
/// its own connections and cookies that fetches, through the one shared <see cref="SlowLink"/>, exactly what a real
/// Chromium of that kind fetched before its join was accepted (the recorded paths, compressed as the browser asked),
/// then posts the join form as the page's script does. The join is accepted when the answer is the joined page.
/// What it leaves out is each phone's own CPU (parsing, running blazor.web.js), which a real phone spends on its
/// own processor: the single-phone Fast 3G + 4x CPU timing is that share.
/// </summary>
public static partial class ReplayCrowd
{
    private const string JoinedText = "Du bist dabei als:";

    public static async Task<CrowdResult> MeasureAsync(Uri app, string code, IReadOnlyList<string> assets, LinkProfile profile, int phones)
    {
        await using var link = new SlowLink(Phone.Endpoint(app), profile);
        var origin = new Uri($"http://127.0.0.1:{link.Port}/");
        var clients = Enumerable.Range(0, phones).Select(_ => NewPhone(origin)).ToList();
        var started = Stopwatch.StartNew();
        var startedAt = Stopwatch.GetTimestamp();
        var times = new TimeSpan?[phones];
        var failures = new List<string>();
        await Task.WhenAll(Enumerable.Range(0, phones).Select(async i =>
        {
            try
            {
                if (await JoinAsync(clients[i], code, assets, $"Nachbar {i + 1}"))
                {
                    times[i] = started.Elapsed;
                }
                else
                {
                    Fail("the answer to the join was not the joined page");
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                Fail(e.Message);
            }
        }));
        var elapsed = started.Elapsed;
        var downloadsDone = Stopwatch.GetElapsedTime(startedAt, link.Down.LastArrival);
        foreach (var client in clients)
        {
            client.Dispose();
        }

        var joined = times.Where(t => t is not null).Select(t => t!.Value).Order().ToList();
        return new CrowdResult(phones, joined.Count, joined, elapsed, downloadsDone, link.Down.Bytes, link.Up.Bytes, link.Down.Busy, 0, 0, string.Join("; ", failures.Distinct().Take(3)));

        void Fail(string why)
        {
            lock (failures)
            {
                failures.Add(why);
            }
        }
    }

    /// <summary>The same-origin paths a browser fetched before its join (the page and the circuit's own requests left out).</summary>
    public static IReadOnlyList<string> AssetsOf(IEnumerable<string> urls) =>
        urls.Select(u => new Uri(u).PathAndQuery)
            .Where(p => !p.StartsWith("/join", StringComparison.Ordinal) && !p.StartsWith("/_blazor", StringComparison.Ordinal) && !p.StartsWith("/hub", StringComparison.Ordinal))
            .Distinct()
            .ToList();

    private static HttpClient NewPhone(Uri origin) =>
        new(new SocketsHttpHandler
        {
            CookieContainer = new CookieContainer(),
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.Brotli | DecompressionMethods.GZip,
            // A browser opens up to six connections to one host.
            MaxConnectionsPerServer = 6,
        })
        { BaseAddress = origin, Timeout = TimeSpan.FromMinutes(5) };

    private static async Task<bool> JoinAsync(HttpClient phone, string code, IReadOnlyList<string> assets, string name)
    {
        var html = await phone.GetStringAsync($"join/{code}");
        await Task.WhenAll(assets.Select(async path =>
        {
            using var response = await phone.GetAsync(path);
            await response.Content.LoadIntoBufferAsync();
        }));
        using var posted = await phone.PostAsync("join/_form", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["script"] = "1",
            ["__RequestVerificationToken"] = AntiforgeryField().Match(html).Groups[1].Value,
            ["device"] = DeviceField().Match(html).Groups[1].Value,
            ["lang"] = "de",
            ["code"] = code,
            ["pseudonym"] = name,
            ["presence"] = "InRoom",
        }));
        return posted.StatusCode == HttpStatusCode.OK && (await posted.Content.ReadAsStringAsync()).Contains(JoinedText, StringComparison.Ordinal);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" (?:type=\"hidden\" )?value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();

    [GeneratedRegex("name=\"device\" value=\"([^\"]+)\"")]
    private static partial Regex DeviceField();
}
