using System.Net;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace OffeneVersammlung.Facilitator.Participation;

/// <summary>
/// The network address a circuit's socket came from (after <c>TrustedProxies</c>), for the join guard of a
/// server-mode phone. Components have no request of their own; the circuit's connection is a request
/// of the hub, seen while the circuit's connection comes up (first time and after every reconnect).
/// </summary>
public sealed class CircuitAddress(IHttpContextAccessor accessor) : CircuitHandler
{
    public IPAddress? RemoteAddress { get; private set; }

    public override Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        RemoteAddress = accessor.HttpContext?.Connection.RemoteIpAddress ?? RemoteAddress;
        return Task.CompletedTask;
    }
}
