using System.Globalization;

namespace OffeneVersammlung.Bench.Load;

/// <summary>
/// Reads the app's console probe (bench/ConsoleHost): one line per view the in-process console
/// showed, with the app's own timestamp of that moment, into <see cref="Receipts"/>.
/// </summary>
public sealed class ConsoleProbeClient : IAsyncDisposable
{
    private readonly HttpClient _http;
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _reading;

    private ConsoleProbeClient(HttpClient http, Stream lines)
    {
        _http = http;
        _reading = ReadAsync(lines);
    }

    public Receipts Receipts { get; } = new();

    public static async Task<ConsoleProbeClient> OpenAsync(Uri server, Guid assemblyId)
    {
        var http = new HttpClient { BaseAddress = server, Timeout = Timeout.InfiniteTimeSpan };
        var response = await http.GetAsync($"bench/console/{assemblyId}", HttpCompletionOption.ResponseHeadersRead);
        response.EnsureSuccessStatusCode();
        return new ConsoleProbeClient(http, await response.Content.ReadAsStreamAsync());
    }

    public async ValueTask DisposeAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _reading;
        }
        catch (OperationCanceledException)
        {
        }

        _http.Dispose();
        _stop.Dispose();
    }

    private async Task ReadAsync(Stream lines)
    {
        using var reader = new StreamReader(lines);
        while (await reader.ReadLineAsync(_stop.Token) is { } line)
        {
            var parts = line.Split(' ');
            Receipts.Record(long.Parse(parts[0], CultureInfo.InvariantCulture), long.Parse(parts[1], CultureInfo.InvariantCulture));
        }
    }
}
