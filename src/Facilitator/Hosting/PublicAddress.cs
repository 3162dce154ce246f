using System.Net;
using System.Net.NetworkInformation;
using System.Net.Sockets;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Options;

namespace OffeneVersammlung.Facilitator.Hosting;

/// <summary>
/// The address phones in the room use: the configured public URL; else this machine's LAN address
/// with the port the server listens on; else (listening on loopback only, or no network) the
/// address the request came to.
/// </summary>
public sealed class PublicAddress(IOptions<OffeneVersammlungOptions> options, IServer server)
{
    public string BaseUrl(HttpRequest? request = null) =>
        BaseUrl(request is null ? null : $"{request.Scheme}://{request.Host}{request.PathBase}");

    /// <summary>As above, with the address the browser used (a screen's base URI) as the last resort.</summary>
    public string BaseUrl(string? browserBaseUrl)
    {
        if (!string.IsNullOrWhiteSpace(options.Value.PublicUrl))
        {
            return options.Value.PublicUrl.TrimEnd('/');
        }

        if (LanBaseUrl() is { } lan)
        {
            return lan;
        }

        return browserBaseUrl?.TrimEnd('/')
            ?? Listening().Select(a => $"{a.Scheme}://localhost:{a.Port}").FirstOrDefault() ?? "http://localhost";
    }

    private string? LanBaseUrl()
    {
        foreach (var address in Listening())
        {
            if (IPAddress.TryParse(address.Host.Trim('[', ']'), out var ip))
            {
                if (IPAddress.IsLoopback(ip))
                {
                    continue;
                }

                if (!ip.Equals(IPAddress.Any) && !ip.Equals(IPAddress.IPv6Any))
                {
                    return $"{address.Scheme}://{address.Host}:{address.Port}";
                }
            }
            else if (address.Host is not ("*" or "+"))
            {
                continue; // localhost or a host name: reachable only as written
            }

            if (FirstLanIPv4() is { } lan)
            {
                return $"{address.Scheme}://{lan}:{address.Port}";
            }
        }

        return null;
    }

    private IEnumerable<BindingAddress> Listening() =>
        (server.Features.Get<IServerAddressesFeature>()?.Addresses ?? [])
            .Select(BindingAddress.Parse)
            .OrderBy(a => a.Scheme == "https" ? 0 : 1); // when the app also serves HTTPS, phones get that address

    /// <summary>The first IPv4 address of an interface that is up, preferring interfaces with a gateway (the room's Wi-Fi).</summary>
    public static IPAddress? FirstLanIPv4()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .Where(n => n.OperationalStatus == OperationalStatus.Up && n.NetworkInterfaceType is not (NetworkInterfaceType.Loopback or NetworkInterfaceType.Tunnel))
                .Select(n => (Properties: n.GetIPProperties(), Interface: n))
                .OrderBy(n => n.Properties.GatewayAddresses.Any(g => g.Address.AddressFamily == AddressFamily.InterNetwork) ? 0 : 1)
                .SelectMany(n => n.Properties.UnicastAddresses.Select(u => u.Address))
                .FirstOrDefault(a => a.AddressFamily == AddressFamily.InterNetwork && !IPAddress.IsLoopback(a) && !a.ToString().StartsWith("169.254.", StringComparison.Ordinal));
        }
        catch (NetworkInformationException)
        {
            return null;
        }
    }
}
