using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace OffeneVersammlung.Facilitator.Tests.Telemetry;

/// <summary>
/// A collector's OTLP/HTTP side on loopback, as small as it can be: it takes every POST, keeps its path
/// and body, and answers 200 with an empty message (which the exporter reads as "all accepted").
/// </summary>
public sealed class OtlpReceiver : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly Task _serving;

    public OtlpReceiver()
    {
        Address = new Uri($"http://127.0.0.1:{FreePort()}/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _serving = Task.Run(ServeAsync);
    }

    public Uri Address { get; }

    public ConcurrentQueue<(string Path, byte[] Body)> Requests { get; } = new();

    /// <summary>Whether a request to <paramref name="path"/> carried <paramref name="text"/> (protobuf keeps strings as UTF-8 bytes).</summary>
    public bool Received(string path, string text)
    {
        var bytes = System.Text.Encoding.UTF8.GetBytes(text);
        return Requests.Any(r => r.Path == path && r.Body.AsSpan().IndexOf(bytes) >= 0);
    }

    public void Dispose()
    {
        _listener.Close();
        try
        {
            _serving.GetAwaiter().GetResult();
        }
        catch (ObjectDisposedException)
        {
        }
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private async Task ServeAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }

            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            Requests.Enqueue((context.Request.Url!.AbsolutePath, body.ToArray()));
            context.Response.StatusCode = 200;
            context.Response.ContentType = "application/x-protobuf";
            context.Response.Close();
        }
    }
}
