using System.Diagnostics;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace OffeneVersammlung.Bench.Load.Circuits;

/// <summary>
/// A server-mode phone without a browser: it fetches the prerendered page, starts a Blazor circuit on
/// <c>/_blazor</c> from the page's markers exactly as blazor.web.js does (StartCircuit, then
/// UpdateRootComponents), acknowledges every render batch (OnRenderCompleted, which the circuit waits
/// for before it sends more) and answers the page's JavaScript calls through <see cref="IPhoneScript"/>.
/// It counts the render batches and their bytes, stamps when each arrived, and reads from each the board version
/// the phone rendered (<see cref="BatchVersion"/>, the phone's data-version), so a change is timed exactly to
/// the batch that shows it.
/// </summary>
public sealed class CircuitPhone : IAsyncDisposable
{
    // Diagnostic: OV_CIRCUIT_TRACE=1 prints every JS call and render batch.
    private static readonly bool Trace = Environment.GetEnvironmentVariable("OV_CIRCUIT_TRACE") == "1";
    // Blazor's JSCallResultType.JSVoidResult.
    private const int VoidResult = 3;
    private readonly HubConnection _connection;
    private readonly IPhoneScript _script;
    private readonly List<(long At, int Bytes)> _batches = [];
    private readonly TaskCompletionSource _firstBatch = new(TaskCreationOptions.RunContinuationsAsynchronously);

    private CircuitPhone(HubConnection connection, IPhoneScript script)
    {
        _connection = connection;
        _script = script;
        connection.On<long, byte[]>("JS.RenderBatch", OnRenderBatch);
        // .NET 10's circuit sends a sixth argument, the call's kind (call, new, get, set), not needed here.
        connection.On<long, string, string, int, long, int>("JS.BeginInvokeJS", (taskId, identifier, argsJson, resultType, target, _) => OnBeginInvokeJS(taskId, identifier, argsJson, resultType, target));
        connection.On<string>("JS.Error", error => Errors.Add(error));
    }

    public List<string> Errors { get; } = [];

    public string? Secret { get; private set; }

    /// <summary>When this circuit's batches carried which board version (those that changed it).</summary>
    public Receipts Shown { get; } = new();

    public int Batches
    {
        get
        {
            lock (_batches)
            {
                return _batches.Count;
            }
        }
    }

    public long BatchBytes
    {
        get
        {
            lock (_batches)
            {
                return _batches.Sum(b => (long)b.Bytes);
            }
        }
    }

    /// <summary>Bytes of the render batches received since <paramref name="since"/> (a Stopwatch timestamp).</summary>
    public long BytesSince(long since)
    {
        lock (_batches)
        {
            return _batches.Where(b => b.At >= since).Sum(b => (long)b.Bytes);
        }
    }

    /// <summary>The render batches and their bytes received from <paramref name="from"/> until <paramref name="to"/> (Stopwatch timestamps).</summary>
    public (int Batches, long Bytes) Between(long from, long to)
    {
        lock (_batches)
        {
            var these = _batches.Where(b => b.At >= from && b.At < to).ToList();
            return (these.Count, these.Sum(b => (long)b.Bytes));
        }
    }

    /// <summary>Stopwatch timestamps of the render batches received since <paramref name="since"/>.</summary>
    public List<long> BatchesSince(long since)
    {
        lock (_batches)
        {
            return [.. _batches.Where(b => b.At >= since).Select(b => b.At)];
        }
    }

    public static async Task<CircuitPhone> StartAsync(HttpClient http, Uri page, IPhoneScript script)
    {
        var html = await http.GetStringAsync(page);
        var prerendered = PrerenderedPage.Parse(html);
        if (prerendered.Markers.Count == 0)
        {
            throw new InvalidOperationException($"{page} has no server component marker: not a server-mode page");
        }

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(page, "/_blazor"), o =>
            {
                o.Transports = HttpTransportType.WebSockets;
                o.SkipNegotiation = true;
            });
        // After the default JSON protocol: a HubConnection uses the last IHubProtocol registered.
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var phone = new CircuitPhone(builder.Build(), script);
        await phone._connection.StartAsync();
        var baseUri = new Uri(page, "/").ToString();
        phone.Secret = await phone._connection.InvokeAsync<string?>("StartCircuit", baseUri, page.ToString(), "[]", "");
        if (phone.Secret is null)
        {
            throw new InvalidOperationException($"the circuit did not start: {string.Join("; ", phone.Errors)}");
        }

        await phone._connection.SendAsync("UpdateRootComponents", prerendered.AddOperations(1), prerendered.ApplicationState);
        await phone._firstBatch.Task.WaitAsync(TimeSpan.FromSeconds(60));
        return phone;
    }

    public async ValueTask DisposeAsync() => await _connection.DisposeAsync();

    private void OnRenderBatch(long batchId, byte[] data)
    {
        var at = Stopwatch.GetTimestamp();
        lock (_batches)
        {
            _batches.Add((at, data.Length));
        }

        try
        {
            if (BatchVersion.Of(data) is { } version)
            {
                Shown.Record(version, at);
            }
        }
        catch (InvalidDataException e)
        {
            lock (Errors)
            {
                Errors.Add(e.Message);
            }
        }

        if (Trace)
        {
            // The batch's string table is UTF-8 at its end: enough to see what changed.
            var text = new string([.. System.Text.Encoding.UTF8.GetString(data).Select(c => char.IsControl(c) ? ' ' : c)]);
            Console.Error.WriteLine($"  batch {batchId}: {data.Length} bytes: {string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length > 2 && !w.Contains('\uFFFD')).Take(60))}");
        }

        _firstBatch.TrySetResult();
        _ = _connection.SendAsync("OnRenderCompleted", batchId, (string?)null);
    }

    private void OnBeginInvokeJS(long taskId, string identifier, string argsJson, int resultType, long targetInstanceId)
    {
        if (taskId == 0)
        {
            if (Trace)
            {
                Console.Error.WriteLine($"  js (no answer) {identifier}({argsJson})");
            }

            return; // fire and forget: no answer expected
        }

        var (succeeded, resultJson) = _script.Answer(identifier, argsJson, targetInstanceId);
        if (resultType == VoidResult)
        {
            resultJson = "null"; // InvokeVoidAsync reads nothing else
        }

        if (Trace)
        {
            Console.Error.WriteLine($"  js {identifier}({argsJson}) on {targetInstanceId} → {resultJson}");
        }

        var arguments = $"[{taskId},{(succeeded ? "true" : "false")},{resultJson}]";
        _ = _connection.SendAsync("EndInvokeJSFromDotNet", taskId, succeeded, arguments);
    }
}
