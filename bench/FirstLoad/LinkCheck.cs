using System.Diagnostics;

namespace OffeneVersammlung.Bench.FirstLoad;

/// <summary>
/// Shows that the relay shapes as it says: a small request on a new connection (handshake plus one
/// round trip) and a large file's throughput, through a fresh link of the profile.
/// </summary>
public static class LinkCheck
{
    public static async Task<string> RunAsync(Uri app, LinkProfile profile, string largePath)
    {
        await using var link = new SlowLink(Phone.Endpoint(app), profile);
        using var http = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{link.Port}/"),
        };
        var clock = Stopwatch.StartNew();
        (await http.GetAsync("health")).EnsureSuccessStatusCode();
        var small = clock.Elapsed;
        clock.Restart();
        using var request = new HttpRequestMessage(HttpMethod.Get, largePath);
        request.Headers.AcceptEncoding.ParseAdd("br");
        using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead);
        response.EnsureSuccessStatusCode();
        var bytes = (await response.Content.ReadAsByteArrayAsync()).Length;
        var large = clock.Elapsed;
        return $"link check, {profile.Name}: GET /health on a new connection {small.TotalMilliseconds:0} ms " +
            $"(handshake + request: 2 round trips = {2 * profile.RoundTrip.TotalMilliseconds:0} ms); {largePath} {bytes:N0} bytes in {large.TotalSeconds:0.00} s " +
            $"= {bytes * 8 / large.TotalSeconds / 1e6:0.00} Mbit/s (link {profile.DownBitsPerSecond / 1e6:0.00} Mbit/s)";
    }
}
