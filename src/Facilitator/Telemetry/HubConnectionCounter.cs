using Microsoft.AspNetCore.SignalR;

namespace OffeneVersammlung.Facilitator.Telemetry;

/// <summary>
/// Counts the hub's open connections in <see cref="HostTelemetry"/>: each is a phone running the
/// WebAssembly app (mode <c>wasm</c>); the in-process screens are counted where they follow the pipeline.
/// </summary>
public sealed class HubConnectionCounter(HostTelemetry telemetry) : IHubFilter
{
    private const string Screen = "phone";
    private const string Mode = "wasm";

    public async Task OnConnectedAsync(HubLifetimeContext context, Func<HubLifetimeContext, Task> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        await next(context);
        telemetry.Connected(Screen, Mode);
    }

    public async Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        ArgumentNullException.ThrowIfNull(next);
        telemetry.Disconnected(Screen, Mode);
        await next(context, exception);
    }
}
